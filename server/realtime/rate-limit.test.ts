import { describe, expect, it } from 'vitest';
import { Refusal } from './refusal';
import { RATE_LIMITS, RateLimits, rateLimitsWith } from './rate-limit';

const HOUR = 3_600_000;
const { wrongCodes, wrongCodesPerBlock } = RATE_LIMITS;

function guessUntilRefused(limits: RateLimits, address: string): number {
  let guesses = 0;
  while (limits.guessWait(address) === 0) {
    limits.mayGuess(address);
    limits.guessedWrong(address);
    guesses += 1;
  }
  return guesses;
}

describe('wrong room codes', () => {
  it("cover a classroom's mistypes twice over, then refill slowly", () => {
    let now = 0;
    const limits = new RateLimits(RATE_LIMITS, () => now);
    expect(wrongCodes.burst).toBeGreaterThanOrEqual(2 * 20);
    expect(guessUntilRefused(limits, '203.0.113.7')).toBe(wrongCodes.burst);
    expect(() => limits.mayGuess('203.0.113.7')).toThrow(new Refusal('Too many tries: wait 180 s and try again.', 'rate_limited'));
    now += HOUR;
    expect(guessUntilRefused(limits, '203.0.113.7')).toBe(20);
  });

  it("count per /24 too: the block's other addresses share its budget, and one address cannot empty it", () => {
    let now = 0;
    const limits = new RateLimits(RATE_LIMITS, () => now);
    let guesses = 0;
    for (let i = 0; i < 256; i++) guesses += guessUntilRefused(limits, `203.0.113.${i}`);
    expect(guesses).toBe(wrongCodesPerBlock.burst);
    expect(limits.guessWait('203.0.113.255')).toBeGreaterThan(0);
    expect(limits.guessWait('203.0.114.1')).toBe(0); // the next /24 is another holder
    now += HOUR;
    // One address alone takes 20 an hour of its block's 100.
    expect(guessUntilRefused(limits, '203.0.113.0')).toBe(20);
    expect(guessUntilRefused(limits, '203.0.113.1')).toBe(20);
  });

  it('IPv6 /64s count per /48', () => {
    const limits = new RateLimits(RATE_LIMITS, () => 0);
    let guesses = 0;
    for (let i = 0; i < 10; i++) guesses += guessUntilRefused(limits, `2001:db8:1:${i}::/64`);
    expect(guesses).toBe(wrongCodesPerBlock.burst);
    expect(limits.guessWait('2001:db8:2:0::/64')).toBe(0);
  });
});

describe('rooms created', () => {
  it('come at the configured number per address, then that many an hour, the other budgets unchanged', () => {
    let now = 0;
    const settings = rateLimitsWith(3);
    expect({ ...settings, roomsCreated: RATE_LIMITS.roomsCreated }).toEqual(RATE_LIMITS);
    const limits = new RateLimits(settings, () => now);
    for (let i = 0; i < 3; i++) limits.take('roomsCreated', '203.0.113.7');
    expect(() => limits.take('roomsCreated', '203.0.113.7')).toThrow(/^Too many rooms created from this network: wait 1200 s/);
    limits.take('roomsCreated', '203.0.113.8'); // another address has its own budget
    now += HOUR / 3;
    limits.take('roomsCreated', '203.0.113.7');
  });
});
