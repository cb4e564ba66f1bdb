import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket';

describe('token buckets', () => {
  it('allows a burst, then one token per refillMs/burst, per key', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 3, refillMs: 3_000 }, () => now);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([0, 0, 0]);
    expect(buckets.take('a')).toBe(1_000);
    expect(buckets.take('b')).toBe(0); // another key has its own bucket
    now += 400;
    expect(buckets.take('a')).toBe(600);
    now += 600;
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(1_000);
  });

  it('refills up to the burst, never beyond', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 2, refillMs: 1_000 }, () => now);
    buckets.take('a');
    now += 60_000;
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([0, 0, 500]);
  });

  it('a refused take takes nothing, and wait takes nothing', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 1, refillMs: 1_000 }, () => now);
    expect(buckets.wait('a')).toBe(0);
    expect(buckets.take('a')).toBe(0);
    for (let i = 0; i < 5; i++) expect(buckets.take('a')).toBe(1_000);
    now += 1_000;
    expect(buckets.take('a')).toBe(0);
  });

  it('forgets buckets that have refilled', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 2, refillMs: 1_000 }, () => now);
    for (let i = 0; i < 200; i++) buckets.take(`k${i % 100}`); // each emptied
    expect(buckets.size).toBe(100);
    now += 500;
    buckets.sweep();
    expect(buckets.size).toBe(100); // one token of two
    now += 500;
    buckets.sweep();
    expect(buckets.size).toBe(0);
  });
});
