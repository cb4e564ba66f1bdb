// Uploaded banks are read in a worker thread with a time and memory budget, one
// at a time: the game server's event loop only waits for a message, so a live
// game's answers are acknowledged as usual while a big or hostile file is read.
import { Worker } from 'node:worker_threads';
import type { BankResult } from './types';

export interface ParseJob {
  fileName: string;
  bytes: Uint8Array;
}

export interface ParseBudget {
  /** the worker is stopped after this long (default 30 s; a 5,000-question bank takes a few seconds at most) */
  timeoutMs?: number;
  /** heap limit of the worker (default 512 MB; a 5 MiB bank needs far less) */
  memoryMb?: number;
}

/** Uploads waiting for the worker beyond this are refused at once rather than queued. */
const MAX_WAITING = 4;

export class ParseBusyError extends Error {}

const WORKER = new URL('./parse-worker.ts', import.meta.url).href;
/** Node 20 workers ignore an --import of tsx, so the worker registers it before loading the TypeScript. */
const BOOT = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); });`;
let running: Promise<unknown> = Promise.resolve();
let waiting = 0;

function runWorker(job: ParseJob, { timeoutMs = 30_000, memoryMb = 512 }: ParseBudget): Promise<BankResult> {
  return new Promise((resolve) => {
    const worker = new Worker(BOOT, {
      eval: true,
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64 },
    });
    const refuse = (message: string) => resolve({ errors: [{ line: 1, message }], warnings: [] });
    const timer = setTimeout(() => {
      refuse(`reading this file took over ${timeoutMs / 1000} s, so it was stopped; split it into smaller files`);
      void worker.terminate();
    }, timeoutMs);
    worker.once('message', (result: BankResult) => {
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error: Error & { code?: string }) => {
      clearTimeout(timer);
      refuse(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `reading this file needed over ${memoryMb} MB of memory, so it was stopped; split it into smaller files`
          : `the file could not be read: ${error.message}`,
      );
    });
    worker.once('exit', () => {
      clearTimeout(timer);
      refuse('the file could not be read: the reader stopped unexpectedly');
    });
  });
}

/**
 * Parses a bank in a fresh worker thread, one at a time; rejects with
 * ParseBusyError when MAX_WAITING uploads are already waiting.
 */
export function parseBankOffThread(job: ParseJob, budget: ParseBudget = {}): Promise<BankResult> {
  if (waiting >= MAX_WAITING) return Promise.reject(new ParseBusyError('Too many banks are being read right now; try again in a minute.'));
  waiting++;
  const result = running.then(() => {
    waiting--;
    return runWorker(job, budget);
  });
  running = result.catch(() => undefined);
  return result;
}
