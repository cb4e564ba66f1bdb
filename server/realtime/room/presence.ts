import type { Clock } from '../../game/clock';
import type { Verdict } from '../../game/types';
import type { Pending, RoomTimer } from '../game-room';
import type { RoomClock } from './clock';

/**
 * Presence changes (a phone dropping or coming back) wait this long to share a
 * batch: when a whole room leaves at once, the engine and the host screen then
 * see one batch of hundreds, not hundreds of batches each costing O(players).
 */
const PRESENCE_WINDOW_MS = 20;

const UNCHANGED: Verdict = { ok: true, events: [] };

/**
 * Who of a room is around: each player's open sockets (a player is away only
 * when the last one closes) and the host's. A player's changes are gathered for
 * PRESENCE_WINDOW_MS, timed by when they happened, and then queued as one run.
 */
export class Presence {
  /** open sockets per player */
  private readonly sockets = new Map<string, number>();
  /** presence changes waiting for the window to close */
  private waiting: Pending[] = [];
  private hostSockets = 0;
  /** since when no host socket is connected; null while one is */
  hostAwaySince: number | null;
  private stopped = false;

  constructor(
    private readonly clock: RoomClock<RoomTimer>,
    private readonly now: Clock,
    /** hands a window's changes to the room's queue */
    private readonly queue: (items: Pending[]) => void,
    openedAt: number,
  ) {
    this.hostAwaySince = openedAt;
  }

  /** A host screen opened or closed on some socket: the room knows whether its host is around. */
  hostSocketOpened(): void {
    this.hostSockets += 1;
    this.hostAwaySince = null;
  }

  hostSocketClosed(): void {
    this.hostSockets = Math.max(0, this.hostSockets - 1);
    if (this.hostSockets === 0) this.hostAwaySince ??= this.now();
  }

  socketsOf(playerId: string): number {
    return this.sockets.get(playerId) ?? 0;
  }

  /**
   * A socket of this player opened or closed; presence changes only on the
   * first and the last. The count changes at once (before any await), so an
   * open and a close racing each other always net out. A player who just
   * joined is present already.
   */
  socketOpened(playerId: string, justJoined: boolean): Promise<unknown> {
    const count = this.socketsOf(playerId) + 1;
    this.sockets.set(playerId, count);
    return count === 1 && !justJoined ? this.changed(playerId, true) : Promise.resolve();
  }

  socketClosed(playerId: string): Promise<unknown> {
    const count = Math.max(0, this.socketsOf(playerId) - 1);
    this.sockets.set(playerId, count);
    return count === 0 ? this.changed(playerId, false) : Promise.resolve();
  }

  /** Queues the changes waiting now, without waiting for the window to close. */
  flush(): void {
    this.clock.clear('presence');
    if (this.waiting.length > 0) this.queue(this.waiting.splice(0));
  }

  /** The process stops: the changes waiting and those to come are dropped (after a restart everyone is away anyway). */
  stop(): void {
    this.stopped = true;
    this.clock.clear('presence');
    for (const item of this.waiting.splice(0)) item.resolve(UNCHANGED);
  }

  private changed(playerId: string, connected: boolean): Promise<Verdict> {
    if (this.stopped) return Promise.resolve(UNCHANGED);
    return new Promise((resolve, reject) => {
      this.waiting.push({ command: { type: 'presence', playerId, connected }, meta: {}, at: this.now(), resolve, reject });
      if (this.clock.disposed) this.flush(); // a dropped room keeps no window: its changes are queued at once
      else if (!this.clock.has('presence')) this.clock.set('presence', PRESENCE_WINDOW_MS, () => this.flush());
    });
  }
}
