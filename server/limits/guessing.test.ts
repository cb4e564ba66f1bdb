import { describe, expect, it } from 'vitest';
import { RATE_LIMITS, RateLimits } from '../realtime/rate-limit';
import { guessingOdds } from './guessing';

// The time to find a live room code, computed from the limiter's settings, and
// confirmed by a guesser that drives the real limiter on a fake clock.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const LIVE_ROOMS = 50;
const SIX_DIGITS = 1_000_000;

const oneAddress = ['198.51.100.7'];
const oneBlock = Array.from({ length: 256 }, (_, i) => `198.51.100.${i}`);
const manyBlocks = Array.from({ length: 256 }, (_, i) => `10.${i}.0.1`);

function odds(codes: number, addressesPerBlock: number[]) {
  return guessingOdds({ codes, liveRooms: LIVE_ROOMS, perAddress: RATE_LIMITS.wrongCodes, perBlock: RATE_LIMITS.wrongCodesPerBlock, addressesPerBlock });
}

/** A small seeded generator, so the simulation is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * The guesser: sends from whichever of its addresses may send soonest and, when
 * refused, waits what it was told. Every guess is wrong here (a search stops at
 * its first right one, below). Returns the fake-clock time of guesses 1…count.
 */
function guessTimes(addresses: string[], count: number): Float64Array {
  let now = 0;
  const limits = new RateLimits(RATE_LIMITS, () => now);
  const times = new Float64Array(count);
  // Addresses by when each may send next, as far as the guesser knows (a neighbour's guess may have emptied their block since).
  const queue = new ReadyQueue(addresses);
  for (let sent = 0; sent < count; ) {
    const { address, readyAt } = queue.first();
    now = Math.max(now, readyAt);
    const wait = limits.guessWait(address);
    if (wait > 0) {
      now += wait;
      queue.update(now);
      continue;
    }
    times[sent++] = now;
    limits.guessedWrong(address);
    queue.update(now + limits.guessWait(address));
  }
  return times;
}

/** A binary heap of addresses by the time each may send next. */
class ReadyQueue {
  private readonly heap: { address: string; readyAt: number }[];

  constructor(addresses: string[]) {
    this.heap = addresses.map((address) => ({ address, readyAt: 0 }));
  }

  first() {
    return this.heap[0]!;
  }

  /** The first address may send next at `readyAt`: sift it down to its place. */
  update(readyAt: number): void {
    const { heap } = this;
    heap[0]!.readyAt = readyAt;
    for (let i = 0; ; ) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let least = i;
      if (l < heap.length && heap[l]!.readyAt < heap[least]!.readyAt) least = l;
      if (r < heap.length && heap[r]!.readyAt < heap[least]!.readyAt) least = r;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least]!, heap[i]!];
      i = least;
    }
  }
}

/**
 * The mean time of many searches. A search guesses codes in a random order
 * without repeats, so it hits at the first of the live codes' places in that
 * order: the smallest of LIVE_ROOMS distinct random places among `codes`.
 */
function meanSearch(addresses: string[], codes: number, searches: number, seed: number): number {
  const next = random(seed);
  const hits = Array.from({ length: searches }, () => {
    const places = new Set<number>();
    while (places.size < LIVE_ROOMS) places.add(1 + Math.floor(next() * codes));
    return Math.min(...places);
  });
  const times = guessTimes(addresses, Math.max(...hits));
  return hits.reduce((sum, hit) => sum + times[hit - 1]!, 0) / searches;
}

/** The simulated mean within 10% of the computed expectation (one search's spread is about its mean: 2,000 searches). */
function expectNear(simulatedMs: number, computedMs: number): void {
  expect(simulatedMs / computedMs, `simulated ${(simulatedMs / HOUR).toFixed(1)} h, computed ${(computedMs / HOUR).toFixed(1)} h`).toBeGreaterThan(0.9);
  expect(simulatedMs / computedMs, `simulated ${(simulatedMs / HOUR).toFixed(1)} h, computed ${(computedMs / HOUR).toFixed(1)} h`).toBeLessThan(1.1);
}

describe('guessing a live room code (6 digits, 50 live rooms)', () => {
  it('takes days from one address', () => {
    const computed = odds(SIX_DIGITS, [1]);
    expect(computed.burst).toBe(40);
    expect(computed.perHour).toBe(20);
    expect(computed.expectedHours * HOUR).toBeGreaterThan(30 * DAY);
    expectNear(meanSearch(oneAddress, SIX_DIGITS, 2_000, 1), computed.expectedHours * HOUR);
  });

  it('takes days from 256 addresses of one /24: the block is one guesser', () => {
    const computed = odds(SIX_DIGITS, [256]);
    expect(computed.burst).toBe(200);
    expect(computed.perHour).toBe(100);
    expect(computed.expectedHours * HOUR).toBeGreaterThan(7 * DAY);
    expectNear(meanSearch(oneBlock, SIX_DIGITS, 2_000, 2), computed.expectedHours * HOUR);
  });

  it('takes hours from 256 addresses in 256 different /24s', () => {
    const computed = odds(SIX_DIGITS, Array<number>(256).fill(1));
    expect(computed.burst).toBe(256 * 40);
    expect(computed.expectedHours).toBeGreaterThan(2);
    expectNear(meanSearch(manyBlocks, SIX_DIGITS, 2_000, 3), computed.expectedHours * HOUR);
  });

  it('with 8-digit codes, takes weeks even from 256 /24s', () => {
    expect(odds(100_000_000, Array<number>(256).fill(1)).expectedHours * HOUR).toBeGreaterThan(14 * DAY);
    expect(odds(100_000_000, [1]).expectedHours * HOUR).toBeGreaterThan(10 * 365 * DAY);
  });
});
