import { addressBlock } from '../limits/client-address';
import { TokenBuckets, type Rate } from '../limits/token-bucket';
import { Refusal } from './refusal';

/**
 * How often one client may do what, so no one can guess room codes, flood a
 * room with joins or a server with rooms, or drown the game loop in events,
 * while a whole classroom behind one address still gets in at once.
 * Addresses come from limits/client-address.ts; connections are socket ids.
 * limits/guessing.ts turns the wrong-code budgets into the time a guesser needs;
 * the README's "Limits" section states these numbers and what they mean.
 */
export interface RateLimitSettings {
  /** room:check and player:join with a code no live game has, per address; a right code costs nothing */
  wrongCodes: Rate;
  /** the same, per /24 (IPv4) or /48 (IPv6) block: many addresses of one holder are one guesser */
  wrongCodesPerBlock: Rate;
  /** player:join per address: a lecture hall behind one NAT stays far below it */
  joins: Rate;
  /** joins into one room, from everyone */
  roomJoins: Rate;
  /** host:create per address */
  roomsCreated: Rate;
  /** any event, per connection */
  events: Rate;
  /** host:* events, per connection */
  hostCommands: Rate;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Rooms one address may create, at once and then per hour (CRAMJAM_ROOMS_PER_HOUR changes it). */
export const ROOMS_PER_HOUR = 20;

export const RATE_LIMITS: RateLimitSettings = {
  // A classroom's mistypes (20 of 200 phones) fit the burst twice; the slow refill is what makes guessing take days.
  wrongCodes: { burst: 40, refillMs: 2 * HOUR },
  // Five classrooms' worth; one address alone (20 an hour) can never empty its block (100 an hour).
  wrongCodesPerBlock: { burst: 200, refillMs: 2 * HOUR },
  joins: { burst: 1_000, refillMs: 10 * MINUTE },
  roomJoins: { burst: 500, refillMs: 2_000 },
  roomsCreated: { burst: ROOMS_PER_HOUR, refillMs: HOUR },
  events: { burst: 60, refillMs: 3_000 },
  hostCommands: { burst: 20, refillMs: 2_000 },
};

/** Open connections per address: a 200-phone classroom with a few tabs each, and its host, stay far below it. */
export const MAX_CONNECTIONS_PER_ADDRESS = 1_000;

/** The default budgets with `roomsPerHour` rooms per address, at once and then per hour. */
export function rateLimitsWith(roomsPerHour: number): RateLimitSettings {
  return { ...RATE_LIMITS, roomsCreated: { burst: roomsPerHour, refillMs: HOUR } };
}

export class RateLimits {
  private readonly buckets: { [K in keyof RateLimitSettings]: TokenBuckets };

  constructor(settings: RateLimitSettings = RATE_LIMITS, now?: () => number) {
    this.buckets = Object.fromEntries(
      Object.entries(settings).map(([kind, rate]) => [kind, new TokenBuckets(rate, now)]),
    ) as RateLimits['buckets'];
  }

  /** Takes a token of `kind` for `key`, or refuses with how long to wait. */
  take(kind: keyof RateLimitSettings, key: string): void {
    refuseIfWaiting(this.buckets[kind].take(key), kind);
  }

  /**
   * Refuses before a room lookup when this address, or its block, has no wrong
   * guesses left: then a right code gets the same answer as a wrong one.
   */
  mayGuess(address: string): void {
    refuseIfWaiting(this.guessWait(address), 'wrongCodes');
  }

  /** Ms until `address` may send a room code again; 0: now. */
  guessWait(address: string): number {
    return Math.max(this.buckets.wrongCodes.wait(address), this.buckets.wrongCodesPerBlock.wait(addressBlock(address)));
  }

  /** A code no live game has: one guess from the address and one from its block. */
  guessedWrong(address: string): void {
    this.buckets.wrongCodes.take(address);
    this.buckets.wrongCodesPerBlock.take(addressBlock(address));
  }
}

function refuseIfWaiting(waitMs: number, kind: keyof RateLimitSettings): void {
  if (waitMs <= 0) return;
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const what = kind === 'wrongCodes' || kind === 'wrongCodesPerBlock' || kind === 'joins' ? 'Too many tries' : kind === 'roomJoins' ? 'Too many players are joining this room at once' : kind === 'roomsCreated' ? 'Too many rooms created from this network' : 'Too many requests';
  throw new Refusal(`${what}: wait ${seconds} s and try again.`, 'rate_limited');
}
