// Uploaded banks are read in a child process with a time and memory budget, one
// at a time: the game server's event loop only waits for a message, so a live
// game's answers are acknowledged as usual while a big or hostile file is read.
// A process rather than a worker thread: a worker shares the server's process,
// so a V8 heap abort or a huge Buffer in it ended every live game; a child that
// dies, however it dies, is a refusal of that one upload.
import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Reading } from '../readings';
import type { BankResult } from '../types';

export interface ParseJob {
  fileName: string;
  bytes: Uint8Array;
  /** the way the host chose for a layout that reads two ways */
  reading?: Reading;
}

export interface ParseBudget {
  /** the child is killed after this long (default 30 s; a 5,000-question bank takes a few seconds at most) */
  timeoutMs?: number;
  /** heap limit of the child (default 512 MB; a 5 MiB bank needs far less); its whole memory may be RSS_HEADROOM_MB more */
  memoryMb?: number;
  /** called with the child's process id once it runs: for tests and the bench, which watch or kill it */
  onChild?: (pid: number) => void;
}

/** Uploads waiting for the child beyond this are refused at once rather than queued. */
const MAX_WAITING = 4;
/** Beyond the heap: Node and tsx themselves (about 100 MB), young generation, code, Buffers of a reader. */
const RSS_HEADROOM_MB = 256;
/** How often the child's resident memory is read (Linux: /proc); Buffers are outside the heap limit. */
const MEMORY_CHECK_MS = 100;

export class ParseBusyError extends Error {}

const CHILD = fileURLToPath(new URL('./parse-child.ts', import.meta.url));
const running = new Set<ChildProcess>();
let queue: Promise<unknown> = Promise.resolve();
let waiting = 0;

// No parse outlives the server: exit handlers run on process.exit and after SIGTERM's clean stop.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Resident memory of a process in MB, or undefined where /proc is not there. */
async function residentMb(pid: number): Promise<number | undefined> {
  const statm = await readFile(`/proc/${pid}/statm`, 'utf8').catch(() => undefined);
  const pages = statm ? Number(statm.split(' ')[1]) : NaN;
  return Number.isFinite(pages) ? (pages * 4096) / 1024 / 1024 : undefined;
}

function runChild(job: ParseJob, { timeoutMs = 30_000, memoryMb = 512, onChild }: ParseBudget): Promise<BankResult> {
  return new Promise((resolve) => {
    const child = fork(CHILD, [], {
      execArgv: ['--import', 'tsx', `--max-old-space-size=${memoryMb}`],
      serialization: 'advanced', // the bytes and the result cross as they are, no JSON
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      detached: false,
    });
    running.add(child);
    let stopped: string | undefined;
    let stderr = '';
    let heapFull = false;
    const tooBig = `reading this file needed over ${memoryMb} MB of memory, so it was stopped; split it into smaller files`;
    const stop = (message: string) => {
      stopped ??= message;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(`reading this file took over ${timeoutMs / 1000} s, so it was stopped; split it into smaller files`), timeoutMs);
    const watch = setInterval(() => {
      void residentMb(child.pid!).then((mb) => {
        if (mb !== undefined && mb > memoryMb + RSS_HEADROOM_MB) stop(tooBig);
      });
    }, MEMORY_CHECK_MS);
    let result: BankResult | undefined;
    /** Ends this parse with its result if one came, however the child ended after sending it, or else with `message`. */
    const settle = (message: string) => {
      clearTimeout(timer);
      clearInterval(watch);
      running.delete(child);
      resolve(result ?? { errors: [{ line: 1, message }], warnings: [] });
    };
    child.stderr!.on('data', (chunk: Buffer) => {
      // V8 prints its "Reached heap limit" before a long native stack: look as it comes.
      stderr = (stderr + chunk.toString()).slice(-4096);
      heapFull ||= /heap limit|out of memory/i.test(stderr);
    });
    child.once('spawn', () => onChild?.(child.pid!));
    child.once('message', (message: BankResult) => {
      result = message;
    });
    // A child that could not start has no 'close' to wait for.
    child.once('error', (error) => (child.pid === undefined ? settle : stop)(`the file could not be read: ${error.message}`));
    // 'close', not 'exit': stderr has been read to its end by then, and the result has arrived if it was sent.
    child.once('close', (code, signal) => {
      settle(stopped ?? (heapFull ? tooBig : `the reader stopped unexpectedly (${signal ?? `exit code ${code}`}), so this file was not read; try again, or split it into smaller files`));
    });
    child.send(job);
  });
}

/**
 * Parses a bank in a fresh child process, one at a time; rejects with
 * ParseBusyError when MAX_WAITING uploads are already waiting.
 */
export function parseBankOffThread(job: ParseJob, budget: ParseBudget = {}): Promise<BankResult> {
  if (waiting >= MAX_WAITING) return Promise.reject(new ParseBusyError('Too many banks are being read right now; try again in a minute.'));
  waiting++;
  const result = queue.then(() => {
    waiting--;
    return runChild(job, budget);
  });
  queue = result.catch(() => undefined);
  return result;
}
