import type { Logger } from 'pino';
import type { RoomLease } from '../realtime/game-room';
import type { Db } from '../store/db';
import { releaseLease, renewLeases, takeLease, type Fence } from '../store/leases';

/** Margin under the lease, on this node's clock, for clock-rate drift and the renewal's own round trip. */
const SAFETY_MS = 500;

interface Held {
  fence: Fence;
  /** performance.now() after which this node stops serving the game unless renewed */
  until: number;
  /** when the lease was taken: a renewal sent before that cannot know of it */
  since: number;
}

/**
 * The games this node owns. It renews all their leases in one statement every
 * third of a lease. Its own deadline (measured from when the renewal was SENT,
 * minus a margin) runs out before Postgres's expiry can, so a node that cannot
 * renew (paused, cut off from Postgres) stops serving a game before any other
 * node may take it; its writes are fenced anyway.
 */
export class LeaseKeeper {
  private readonly held = new Map<string, Held>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    /** its own pool: renewals must never queue behind game writes */
    readonly db: Db,
    readonly nodeId: string,
    readonly leaseMs: number,
    private readonly log: Logger,
    /** the game is not this node's any more: drop it */
    private readonly onLost: (gameId: string) => void,
  ) {}

  /** Takes the game if its lease is free or expired; null when another node holds it. */
  async take(gameId: string): Promise<RoomLease | null> {
    const sent = performance.now();
    const fence = await takeLease(this.db, gameId, this.nodeId, this.leaseMs);
    if (!fence) return null;
    this.held.set(gameId, { fence, until: sent + this.leaseMs - SAFETY_MS, since: performance.now() });
    return this.handle(gameId, fence);
  }

  /** A game this node just created: no other node can have it yet. */
  async claim(gameId: string): Promise<RoomLease> {
    const lease = await this.take(gameId);
    if (!lease) throw new Error(`game ${gameId}: could not take the lease of a game this node created`);
    return lease;
  }

  /** True while this node may serve the game: it holds the lease and its own deadline has not passed. */
  live(gameId: string): boolean {
    const held = this.held.get(gameId);
    return held !== undefined && performance.now() < held.until;
  }

  owns(): string[] {
    return [...this.held.keys()];
  }

  lose(gameId: string): void {
    if (!this.held.delete(gameId)) return;
    this.log.warn({ gameId }, 'this node does not own the game any more; dropping it');
    this.onLost(gameId);
  }

  /** Lets go of a game this node no longer serves, so another node can take it at once. */
  async release(gameId: string): Promise<void> {
    const held = this.held.get(gameId);
    if (!held) return;
    this.held.delete(gameId);
    await releaseLease(this.db, gameId, held.fence);
  }

  start(): void {
    this.timer = setInterval(() => void this.renew(), Math.floor(this.leaseMs / 3));
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One statement for every lease; a game another node took, or past this node's own deadline, is dropped. */
  async renew(): Promise<void> {
    const sent = performance.now();
    let renewed: Map<string, number> | undefined;
    try {
      renewed = await renewLeases(this.db, this.nodeId, [...this.held.keys()], this.leaseMs);
    } catch (error) {
      this.log.error({ err: error }, 'could not renew the game leases');
    }
    const now = performance.now();
    for (const [gameId, held] of [...this.held]) {
      if (held.since > sent) continue;
      if (renewed?.get(gameId) === held.fence.epoch) held.until = sent + this.leaseMs - SAFETY_MS;
      else if (renewed || now >= held.until) this.lose(gameId);
    }
  }

  private handle(gameId: string, fence: Fence): RoomLease {
    return { fence, live: () => this.held.get(gameId)?.fence === fence && this.live(gameId), lost: () => this.lose(gameId) };
  }
}
