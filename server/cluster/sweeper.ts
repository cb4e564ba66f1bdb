import type { Logger } from 'pino';
import type { Rooms } from '../realtime/rooms';
import type { Db } from '../store/db';
import { orphanedGames } from '../store/leases';
import type { LeaseKeeper } from './leases';
import type { RedisClient } from './redis';
import type { RedisKeys } from './redis-keys';
import type { Router } from './router';

/**
 * Every node, every second: takes over the live games nobody serves (their owner
 * died and no command came for them), lets go of the games it no longer keeps in
 * memory, says it is alive, and closes the connections it served for a node that
 * stopped saying so (its sockets are gone; their players are away).
 */
export class Sweeper {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  /** origins found silent once: closed when silent twice (a restarted Redis forgets everyone once) */
  private readonly silent = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly redis: RedisClient,
    private readonly keys: RedisKeys,
    private readonly keeper: LeaseKeeper,
    private readonly router: Router,
    private readonly rooms: Rooms,
    private readonly log: Logger,
    private readonly everyMs = 1000,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = true;
      this.sweep().catch((error: unknown) => this.log.warn({ err: error }, 'sweep failed')).finally(() => (this.running = false));
    }, this.everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    await this.redis.sendCommand(['SET', this.keys.alive(this.keeper.nodeId), '1', 'PX', String(this.keeper.leaseMs)]);
    for (const gameId of await orphanedGames(this.db, this.keeper.leaseMs)) await this.router.takeOver(gameId);
    for (const gameId of this.keeper.owns()) if (!this.rooms.get(gameId)) await this.keeper.release(gameId);
    for (const [origin, socketIds] of this.router.servedOrigins()) {
      if (origin === this.keeper.nodeId) continue;
      if (Number(await this.redis.sendCommand(['EXISTS', this.keys.alive(origin)])) === 1) this.silent.delete(origin);
      else if (!this.silent.has(origin)) this.silent.add(origin);
      else for (const id of socketIds) this.router.closeServed(id);
    }
  }
}
