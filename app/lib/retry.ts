/** How long a phone waits before sending a command again that came back "try again". */
export const RETRY_DELAY_MS = 300;

/**
 * Sends until the reply is not "try again" (code `retry`: the game is moving to
 * another server node, or its owner was slow to answer) or the time is up. Safe
 * because every game command is idempotent: an answer counts once, `host:next`
 * names the step it moves from.
 */
export async function sendUntilServed<R extends { ok: boolean; code?: string }>(
  send: (msLeft: number) => Promise<R>,
  timeoutMs: number,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  now: () => number = Date.now,
): Promise<R> {
  const deadline = now() + timeoutMs;
  for (;;) {
    const reply = await send(deadline - now());
    if (reply.ok || reply.code !== 'retry' || now() + RETRY_DELAY_MS >= deadline) return reply;
    await sleep(RETRY_DELAY_MS);
  }
}
