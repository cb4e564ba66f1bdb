import type { Rate } from './token-bucket';

/**
 * How long a guesser needs to find a live room code, from the wrong-code
 * budgets alone (rate-limit.ts). The guesser never repeats a code and spends
 * every budget it has: at once the bursts, then the refills as they come.
 */
export interface Guessing {
  /** how many codes there are: 10^digits */
  codes: number;
  /** live games, each with its own code */
  liveRooms: number;
  /** per address and per block (a /24 or a /48) */
  perAddress: Rate;
  perBlock: Rate;
  /** the guesser's addresses, as how many sit in each of its blocks: [256] is one /24 full, 256 × [1] is 256 blocks */
  addressesPerBlock: number[];
}

export interface GuessingOdds {
  /** guesses sent at once, before any refill */
  burst: number;
  /** guesses per hour after that */
  perHour: number;
  /** the chance that the burst alone finds a live code */
  foundInBurst: number;
  /** expected hours until a live code is found (0 for what the burst finds) */
  expectedHours: number;
}

const HOUR = 3_600_000;

/** A block allows the smaller of its own budget and the sum of its addresses' budgets. */
export function guessingOdds({ codes: n, liveRooms: k, perAddress, perBlock, addressesPerBlock }: Guessing): GuessingOdds {
  const perHourOf = (rate: Rate) => (rate.burst * HOUR) / rate.refillMs;
  const burst = addressesPerBlock.reduce((sum, a) => sum + Math.min(perBlock.burst, a * perAddress.burst), 0);
  const perHour = addressesPerBlock.reduce((sum, a) => sum + Math.min(perHourOf(perBlock), a * perHourOf(perAddress)), 0);
  // The k live codes all lie among the n - b codes not yet tried: C(n - b, k) / C(n, k).
  const missed = (b: number) => {
    let p = 1;
    for (let i = 0; i < k; i++) p *= Math.max(0, n - b - i) / (n - i);
    return p;
  };
  // With X the number of the first guess that hits: E[max(0, X - b)] = sum over m >= b of P(X > m) = C(n - b + 1, k + 1) / C(n, k).
  const guessesAfterBurst = ((n - burst + 1) / (k + 1)) * missed(burst);
  return { burst, perHour, foundInBurst: 1 - missed(burst), expectedHours: guessesAfterBurst / perHour };
}
