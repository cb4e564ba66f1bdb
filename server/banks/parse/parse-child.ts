// The child process that reads one uploaded bank (see off-thread.ts): a job in
// over IPC, its BankResult out, then exit. A process, not a worker thread, so a
// heap abort or a runaway Buffer here ends this process only, never the server.
import { writeFileSync } from 'node:fs';
import { readBankFile } from '../index';
import type { ParseJob } from './off-thread';

// If the machine runs out of memory anyway, the kernel kills this process before the game server.
try {
  writeFileSync('/proc/self/oom_score_adj', '1000');
} catch {
  // not Linux: the heap limit and the parent's memory watch still apply
}

// The server is gone (it exited or was killed): nobody waits for this parse.
process.once('disconnect', () => process.exit(0));
process.once('message', async (job: ParseJob) => {
  const result = await readBankFile(job.fileName, job.bytes, { reading: job.reading });
  process.send!(result, () => process.exit(0));
});
