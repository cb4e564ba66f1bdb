// The upload reader's child process: the same result as reading in-process, its
// time and memory budgets stop a file that would take too much of either, and a
// child that dies or is left behind ends as a refusal of that upload alone.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { linkMarkdown } from '../../../tests/support/hostile-files';
import { readBankBytes } from '../read-bank';
import { parseBankOffThread } from './off-thread';

const SEED = readFileSync('content/aws-ml-engineer-sample-questions.md');
const big = Array.from({ length: 5000 }, (_, i) => `${i + 1}. Which service handles workload ${i} best?\n\n    *Service ${i % 997} handles it, because it scales.*\n`).join('\n');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// Each case starts a child that loads the bank modules through tsx: seconds on a busy machine.
describe('parsing in a child process', { timeout: 60_000 }, () => {
  it('gives what parsing in-process gives', async () => {
    expect(await parseBankOffThread({ fileName: 'seed.md', bytes: SEED })).toEqual(readBankBytes('seed.md', SEED));
  });

  it('stops a parse that passes its time budget, with a message', async () => {
    const result = await parseBankOffThread({ fileName: 'big.md', bytes: new TextEncoder().encode(big) }, { timeoutMs: 50 });
    expect(result.errors).toEqual([{ line: 1, message: 'reading this file took over 0.05 s, so it was stopped; split it into smaller files' }]);
  });

  it('stops a parse that passes its memory budget, with a message', async () => {
    const result = await parseBankOffThread({ fileName: 'big.md', bytes: new TextEncoder().encode(big) }, { memoryMb: 4 });
    expect(result.errors).toEqual([{ line: 1, message: expect.stringMatching(/^reading this file needed over 4 MB of memory, so it was stopped/) }]);
  });

  it('refuses, with a message, a file whose parse runs out of heap', async () => {
    const result = await parseBankOffThread({ fileName: 'links.md', bytes: linkMarkdown() }, { memoryMb: 64 });
    expect(result.errors).toEqual([{ line: 1, message: 'reading this file needed over 64 MB of memory, so it was stopped; split it into smaller files' }]);
  });

  it('refuses the upload whose child was killed, and reads the next one', async () => {
    const killed = await parseBankOffThread({ fileName: 'big.md', bytes: new TextEncoder().encode(big) }, { onChild: (pid) => process.kill(pid, 'SIGKILL') });
    expect(killed.errors).toEqual([{ line: 1, message: 'the reader stopped unexpectedly (SIGKILL), so this file was not read; try again, or split it into smaller files' }]);
    expect((await parseBankOffThread({ fileName: 'seed.md', bytes: SEED })).bank?.questions.length).toBeGreaterThan(0);
  });

  it('leaves no child behind when the server exits mid-parse', async () => {
    const script = path.join(tmpdir(), `exit-mid-parse-${process.pid}.mts`);
    const offThread = new URL('./off-thread.ts', import.meta.url).href;
    writeFileSync(script, [
      `import { parseBankOffThread } from ${JSON.stringify(offThread)};`,
      `const bytes = new TextEncoder().encode(${JSON.stringify(big)});`,
      `void parseBankOffThread({ fileName: 'big.md', bytes }, { onChild: (pid) => { console.log(pid); setTimeout(() => process.exit(0), 200); } });`,
    ].join('\n'));
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script]).finally(() => rmSync(script));
    const pid = Number(stdout.trim());
    expect(pid).toBeGreaterThan(0);
    await expect.poll(() => alive(pid), { timeout: 5000 }).toBe(false);
  });
});
