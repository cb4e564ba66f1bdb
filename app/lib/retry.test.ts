import { describe, expect, test } from 'vitest';
import { RETRY_DELAY_MS, sendUntilServed } from './retry';

type Reply = { ok: true } | { ok: false; code: string };

/** A fake clock that moves only when the phone sleeps or a send takes time. */
function phone(replies: Reply[], sendMs = 0) {
  let t = 0;
  const sent: number[] = [];
  const send = async (msLeft: number) => {
    sent.push(msLeft);
    t += sendMs;
    return replies.shift()!;
  };
  const sleep = async (ms: number) => void (t += ms);
  return { sent, run: (timeoutMs: number) => sendUntilServed(send, timeoutMs, sleep, () => t) };
}

describe('a command that comes back "try again" while the game moves between nodes', () => {
  test('is sent again until the new owner serves it', async () => {
    const p = phone([{ ok: false, code: 'retry' }, { ok: false, code: 'retry' }, { ok: true }]);
    expect(await p.run(8000)).toEqual({ ok: true });
    expect(p.sent).toEqual([8000, 8000 - RETRY_DELAY_MS, 8000 - 2 * RETRY_DELAY_MS]);
  });

  test('a refusal is final: it is not sent again', async () => {
    const p = phone([{ ok: false, code: 'round_closed' }, { ok: true }]);
    expect(await p.run(8000)).toEqual({ ok: false, code: 'round_closed' });
    expect(p.sent).toHaveLength(1);
  });

  test('gives up with the "try again" when the time is spent, never waiting past it', async () => {
    const p = phone(Array.from({ length: 100 }, () => ({ ok: false, code: 'retry' })), 2000);
    expect(await p.run(8000)).toEqual({ ok: false, code: 'retry' });
    expect(p.sent).toEqual([8000, 5700, 3400, 1100]); // each send waits at most what is left
  });
});
