/**
 * The event loop's longest stall while `work` runs (the longest gap between the
 * ticks of a 1 ms interval: what a live game's answers would wait), and the work's wall time.
 */
export async function longestStall(work: () => Promise<unknown>): Promise<{ stall: number; wall: number }> {
  let last = performance.now();
  let stall = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 1);
  await new Promise((resolve) => setTimeout(resolve, 5));
  const start = performance.now();
  last = start;
  await work();
  const wall = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 5)); // lets the interval see a stall that ended with the work
  clearInterval(tick);
  return { stall, wall };
}
