import { io, type Socket } from 'socket.io-client';
import { onPlayerScreen } from '../../common/player-screen-parts';
import type { ClientToServerEvents, HostScreen, PlayerScreen, RoundView, ServerToClientEvents } from '../../common/protocol';

/** Socket.IO clients as phones and a host would be, recording when each screen arrives. */

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Payload<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[0];
export type AckOf<E extends keyof ClientToServerEvents> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

/** Emits `event` and resolves with the server's ack, or with a timeout result. */
export function ask<E extends keyof ClientToServerEvents>(socket: ClientSocket, event: E, payload: Payload<E>, timeoutMs: number): Promise<AckOf<E>> {
  return new Promise((resolve) => {
    const emit = socket.timeout(timeoutMs).emit as unknown as (e: E, p: Payload<E>, ack: (err: Error | null, result: AckOf<E>) => void) => void;
    emit.call(socket.timeout(timeoutMs), event, payload, (err, result) =>
      resolve(err ? ({ ok: false, code: 'bench_timeout', error: `no ack within ${timeoutMs} ms` } as AckOf<E>) : result),
    );
  });
}

/** Counts screens as they arrive, so a phase can wait until everyone has one. */
export class ScreenBoard {
  private readonly counts = new Map<string, number>();
  private readonly waiters = new Map<string, { target: number; resolve: () => void }[]>();

  note(key: string): void {
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    const waiting = this.waiters.get(key) ?? [];
    for (const w of waiting.filter((w) => count >= w.target)) w.resolve();
    this.waiters.set(key, waiting.filter((w) => count < w.target));
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Resolves true once `target` screens `key` arrived, false after `timeoutMs`. */
  until(key: string, target: number, timeoutMs: number): Promise<boolean> {
    if (this.count(key) >= target) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      const list = this.waiters.get(key) ?? [];
      list.push({ target, resolve: () => (clearTimeout(timer), resolve(true)) });
      this.waiters.set(key, list);
    });
  }
}

/** `question:2`, `reveal:2`, `ended`, ...: one key per screen a player should see once. */
export function screenKey(screen: PlayerScreen | HostScreen): string {
  return 'round' in screen ? `${screen.screen}:${screen.round.index}` : screen.screen;
}

export function openSocket(url: string): ClientSocket {
  // One connection per phone: no multiplexing, no polling, no reconnection hiding a drop.
  return io(url, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: 20_000 });
}

/** Resolves with the connect time, or rejects with the reason. */
export function connectSocket(socket: ClientSocket): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(performance.now() - started));
    socket.once('connect_error', (error) => reject(error));
  });
}

export class BenchPlayer {
  playerId: string | null = null;
  /** --group: this player's study group member key, sent with player:join */
  memberKey: string | null = null;
  /** first arrival time (performance.now) of each screen */
  readonly seen = new Map<string, number>();
  droppedBecause: string | null = null;
  /** set by the round being played: called when this player's question arrives */
  onQuestion: ((round: RoundView) => void) | null = null;

  constructor(
    readonly socket: ClientSocket,
    readonly nickname: string,
    board: ScreenBoard,
  ) {
    onPlayerScreen(socket, (screen) => {
      const key = screenKey(screen);
      if (this.seen.has(key)) return; // e.g. the question again, with this player's pick, after answering
      this.seen.set(key, performance.now());
      board.note(key);
      if (screen.screen === 'question') this.onQuestion?.(screen.round);
    });
    socket.on('disconnect', (reason) => {
      if (reason !== 'io client disconnect') this.droppedBecause = reason;
    });
  }
}

export interface AnsweredCount {
  answered: number;
  expected: number;
}

export class BenchHost {
  auth: { gameId: string; hostToken: string } | null = null;
  code = '';
  /** the last host:answered per round index */
  readonly answered = new Map<number, AnsweredCount>();
  readonly seen = new Map<string, number>();
  lobbyScreens = 0;
  /** sum of lobby list lengths: the host is sent the whole list on every join */
  lobbyEntriesSent = 0;
  lastLobby: HostScreen | null = null;

  constructor(readonly socket: ClientSocket) {
    socket.on('host:answered', ({ index, answered, expected }) => this.answered.set(index, { answered, expected }));
    socket.on('host:screen', (screen) => {
      this.seen.set(screenKey(screen), performance.now());
      if (screen.screen !== 'lobby') return;
      this.lobbyScreens++;
      this.lobbyEntriesSent += screen.players.length;
      this.lastLobby = screen;
    });
  }
}

export function randomPick(round: RoundView): string[] {
  const ids = round.options.map((o) => o.id);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids.slice(0, round.select);
}
