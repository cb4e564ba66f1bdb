import { TokenBuckets, type Rate } from '../limits/token-bucket';
import { Refusal } from './refusal';

/**
 * How often one client may do what, so no one can guess room codes, flood a
 * room with joins or a server with rooms, or drown the game loop in events.
 * Addresses come from limits/client-address.ts; connections are socket ids.
 * The README's "Limits" section states these numbers and what they mean.
 */
export interface RateLimitSettings {
  /** room:check and player:join with a code no live game has, per address */
  wrongCodes: Rate;
  /** player:join attempts per address */
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

export const RATE_LIMITS: RateLimitSettings = {
  wrongCodes: { burst: 10, refillMs: MINUTE },
  joins: { burst: 30, refillMs: MINUTE },
  roomJoins: { burst: 500, refillMs: 2_000 },
  roomsCreated: { burst: 20, refillMs: HOUR },
  events: { burst: 60, refillMs: 3_000 },
  hostCommands: { burst: 20, refillMs: 2_000 },
};

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

  /** Refuses before a room lookup when this address has no wrong guesses left; a wrong one then costs a token. */
  mayGuess(address: string): void {
    refuseIfWaiting(this.buckets.wrongCodes.wait(address), 'wrongCodes');
  }

  guessedWrong(address: string): void {
    this.buckets.wrongCodes.take(address);
  }
}

function refuseIfWaiting(waitMs: number, kind: keyof RateLimitSettings): void {
  if (waitMs <= 0) return;
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const what = kind === 'wrongCodes' || kind === 'joins' ? 'Too many tries' : kind === 'roomJoins' ? 'Too many players are joining this room at once' : kind === 'roomsCreated' ? 'Too many rooms created from this network' : 'Too many requests';
  throw new Refusal(`${what}: wait ${seconds} s and try again.`, 'rate_limited');
}
