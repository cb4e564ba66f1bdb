/**
 * Token buckets, one per key: each holds up to `burst` tokens and gains
 * `burst` back every `refillMs`, evenly. Taking a token that is not there
 * says how long to wait. Full buckets are forgotten (they hold nothing a
 * fresh one would not), so memory follows the keys that are busy now.
 */
export interface Rate {
  burst: number;
  /** time to refill a whole burst */
  refillMs: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Above this many keys, a take first forgets the buckets that have refilled. */
const SWEEP_ABOVE = 10_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly rate: Rate,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Ms until `key` has a token; 0 when it has one now. Takes nothing. */
  wait(key: string): number {
    const tokens = this.tokens(key);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) * this.msPerToken());
  }

  /** Takes a token: 0 when taken, else the ms to wait (and nothing is taken). */
  take(key: string): number {
    const wait = this.wait(key);
    if (wait > 0) return wait;
    if (this.buckets.size > SWEEP_ABOVE) this.sweep();
    this.buckets.set(key, { tokens: this.tokens(key) - 1, at: this.now() });
    return 0;
  }

  /** How many keys are remembered (for tests and the bench). */
  get size(): number {
    return this.buckets.size;
  }

  sweep(): void {
    for (const key of this.buckets.keys()) if (this.tokens(key) >= this.rate.burst) this.buckets.delete(key);
  }

  private msPerToken(): number {
    return this.rate.refillMs / this.rate.burst;
  }

  private tokens(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return this.rate.burst;
    return Math.min(this.rate.burst, bucket.tokens + (this.now() - bucket.at) / this.msPerToken());
  }
}
