// The worker thread that reads one uploaded bank (see off-thread.ts): bytes in,
// BankResult out, so a slow or huge file never holds up the game server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { readBankFile } from './index';
import type { ParseJob } from './off-thread';

const job = workerData as ParseJob;
parentPort!.postMessage(await readBankFile(job.fileName, job.bytes));
