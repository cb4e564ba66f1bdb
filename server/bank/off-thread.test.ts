// The upload reader's worker thread: the same result as reading in-process, and
// its time and memory budgets stop a file that would take too much of either.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBankFile } from './index';
import { parseBankOffThread } from './off-thread';

const SEED = readFileSync('content/aws-ml-engineer-sample-questions.md');
const big = Array.from({ length: 5000 }, (_, i) => `${i + 1}. Which service handles workload ${i} best?\n\n    *Service ${i % 997} handles it, because it scales.*\n`).join('\n');

// Each case starts a worker that loads the bank modules through tsx: seconds on a busy machine.
describe('parsing in a worker thread', { timeout: 60_000 }, () => {
  it('gives what parsing in-process gives', async () => {
    expect(await parseBankOffThread({ fileName: 'seed.md', bytes: SEED })).toEqual(parseBankFile('seed.md', SEED));
  });

  it('stops a parse that passes its time budget, with a message', async () => {
    const result = await parseBankOffThread({ fileName: 'big.md', bytes: new TextEncoder().encode(big) }, { timeoutMs: 50 });
    expect(result.errors).toEqual([{ line: 1, message: 'reading this file took over 0.05 s, so it was stopped; split it into smaller files' }]);
  });

  it('stops a parse that passes its memory budget, with a message', async () => {
    const result = await parseBankOffThread({ fileName: 'big.md', bytes: new TextEncoder().encode(big) }, { memoryMb: 4 });
    expect(result.errors).toEqual([{ line: 1, message: expect.stringMatching(/^reading this file needed over 4 MB of memory, so it was stopped/) }]);
  });
});
