import type { Logger } from 'pino';
import type { Server } from 'socket.io';
import { answerOf, playerOf, reduceBatch } from '../game/engine';
import type { Clock } from '../game/clock';
import type { Command, GameEvent, GameState, Verdict } from '../game/types';
import type { ClientToServerEvents, GameSettingsInput, ServerToClientEvents } from '../../common/protocol';
import type { Db } from '../store/db';
import { isDataFault } from '../store/faults';
import { persistEvents, type Happened } from '../store/game-events';
import { StorageFailure } from './refusal';
import { LeaseLost, type Fence } from '../store/leases';
import type { RestoredPlayer } from '../store/live-games';
import { playerRoom } from './player-screens';
import { RoomClock } from './room/clock';
import { FanOut } from './room/fan-out';
import { GameTimers } from './room/game-timers';
import { Members } from './room/members';
import { Presence } from './room/presence';
import { hostScreen, playerScreen, type ViewContext } from './views';

export type GameServer = Server<ClientToServerEvents, ServerToClientEvents>;

export interface RoomDeps {
  io: GameServer;
  db: Db;
  clock: Clock;
  log: Logger;
  lanOrigin: string | null;
  /** several nodes: takes the lease on a game this node just created */
  leases?: { claim(gameId: string): Promise<RoomLease> };
  /** a round's close is stored (server/groups/round-memory.ts) */
  roundClosed?: (roundId: string) => void;
}

/** Several nodes: this node's hold on the game (kept by server/cluster/leases.ts). */
export interface RoomLease {
  fence: Fence;
  /** false once this node can no longer be sure it owns the game: then it says nothing more */
  live(): boolean;
  /** a write found another node owns the game now */
  lost(): void;
}

/** Extra facts a command's persistence needs that the engine does not keep. */
interface CommandMeta {
  tokenHash?: string;
  /** a join's device, hashed: kicked, that player keeps the device out (see deviceKicked) */
  deviceHash?: string;
  /** a join with a study group's member key */
  memberId?: string;
  /** run the command only if the game is still where the sender saw it (double taps, timers racing the host) */
  when?: (state: GameState) => boolean;
}

/** A command in the room's queue. */
export interface Pending {
  command: Command;
  meta: CommandMeta;
  /** when the command reached the server: answers are timed by arrival, not by their turn in the queue */
  at: number;
  resolve(verdict: Verdict): void;
  reject(error: unknown): void;
}

/** The room's timers (room/clock.ts): the round's deadline, the grace of dropped players, auto-advance, the presence window, the host screen's throttle. */
export type RoomTimer = 'deadline' | 'grace' | 'advance' | 'presence' | 'hostScreen';

/**
 * One live game: its state and the loop that runs every command through the
 * engine, stores what happened, and only then tells the clients. Group commit:
 * the commands that arrive while one batch is being stored form the next
 * batch, reduced in arrival order and stored in one go (all of a batch's
 * answers in one INSERT), so a room of 2,000 answering at once costs a few
 * round trips to Postgres, not 2,000. Batches never overlap, so writes and
 * emits never interleave. Its parts (room/): the clock that owns every timer,
 * the timers that move the game on, presence, the fan-out to host and players,
 * and the members who may come back.
 */
export class GameRoom {
  private pending: Pending[] = [];
  private draining: Promise<void> | undefined;
  private readonly clock = new RoomClock<RoomTimer>();
  private readonly presence: Presence;
  private readonly fanOut: FanOut;
  private readonly members: Members;
  private readonly timers: GameTimers;
  /** when each answer that could not be stored first arrived: a retry keeps its place in time (see arrival) */
  private readonly unstoredAnswers = new Map<string, number>();

  /** called once when the game ends, after everyone was told */
  onEnded: (() => void) | undefined;
  /** when this process opened or restored the room, on the server's clock (see lifetimes.ts) */
  readonly createdAt: number;
  /** several nodes only; unset, the game is this process's alone */
  lease: RoomLease | undefined;
  /** set when the process stops (see close): every command from then on is refused with it */
  private closedWith: Error | undefined;

  constructor(
    private readonly deps: RoomDeps,
    readonly id: string,
    readonly code: string,
    readonly hostTokenHash: string,
    readonly settings: GameSettingsInput,
    private readonly roundIds: string[],
    public state: GameState,
    /** a restored game's players, so their phones can resume and the devices of the kicked stay out */
    restored: RestoredPlayer[] = [],
  ) {
    this.createdAt = deps.clock();
    this.members = new Members(state, restored);
    this.presence = new Presence(this.clock, deps.clock, (items) => this.enqueue(items), this.createdAt);
    this.fanOut = new FanOut(deps.io, this.clock, this, (playerId) => this.presence.socketsOf(playerId));
    this.timers = new GameTimers(this.clock, this, deps.clock, deps.log);
  }

  get hostRoom() {
    return `game:${this.id}:host`;
  }
  get playersRoom() {
    return `game:${this.id}:players`;
  }
  static playerRoom(playerId: string) {
    return playerRoom(playerId);
  }

  /** since when no host socket is connected; null while one is */
  get hostAwaySince(): number | null {
    return this.presence.hostAwaySince;
  }

  /** A restored room whose round goes on (restored mid-reading): its deadline is set again. */
  resumeTimers(): void {
    this.timers.resume();
  }

  /** A host screen opened or closed on some socket: the room knows whether its host is around. */
  hostSocketOpened(): void {
    this.presence.hostSocketOpened();
  }

  hostSocketClosed(): void {
    this.presence.hostSocketClosed();
  }

  /** A socket of this player opened or closed (see Presence). */
  socketOpened(playerId: string, justJoined = false): Promise<unknown> {
    return this.presence.socketOpened(playerId, justJoined);
  }

  socketClosed(playerId: string): Promise<unknown> {
    return this.presence.socketClosed(playerId);
  }

  playerIdForToken(tokenHash: string): string | undefined {
    return this.members.playerIdForToken(tokenHash);
  }

  deviceKicked(deviceHash: string): boolean {
    return this.members.deviceKicked(deviceHash);
  }

  /** False once another node may own the game (several nodes): it then stores and says nothing more. */
  live(): boolean {
    return !this.lease || this.lease.live();
  }

  /** What this player answered in round `index`, while it is open or the last one closed. */
  answerOf(playerId: string, index: number): { picked: string[]; text?: string } | undefined {
    const { round, lastRound } = this.state;
    const answer = round?.index === index ? answerOf(round, playerId) : lastRound?.index === index ? lastRound.results[playerId]?.answer : undefined;
    return answer ? { picked: answer.optionIds, ...(answer.text === null ? {} : { text: answer.text }) } : undefined;
  }

  viewContext(): ViewContext {
    const autoAdvanceMs = this.settings.autoAdvanceSeconds === null ? null : this.settings.autoAdvanceSeconds * 1000;
    return {
      gameId: this.id, code: this.code, now: this.deps.clock(), showQuestionsOnPhones: this.settings.showQuestionsOnPhones,
      hideTypedAnswers: this.settings.hideTypedAnswers ?? false,
      autoAdvanceMs, lanOrigin: this.deps.lanOrigin,
    };
  }

  hostScreen() {
    return hostScreen(this.state, this.viewContext());
  }

  playerScreen(playerId: string) {
    const player = playerOf(this.state, playerId);
    return player ? playerScreen(this.state, this.viewContext(), player) : null;
  }

  /** Runs a command after the ones before it; resolves with what it did once stored and sent. */
  dispatch(command: Command, meta: CommandMeta = {}): Promise<Verdict> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    return new Promise((resolve, reject) => this.enqueue([{ command, meta, at: this.arrival(command), resolve, reject }]));
  }

  /** Resolves once every command queued so far, presence changes too, has been stored and sent. */
  async idle(): Promise<void> {
    this.presence.flush();
    await this.draining;
  }

  /**
   * The process stops: every command from now on is refused with `refusal`, and
   * so are those queued and not yet begun (nothing of them was stored: the
   * database did not get to them in time); the batch being written finishes.
   * Presence changes are dropped: after a restart everyone is away anyway.
   */
  close(refusal: Error): void {
    this.closedWith = refusal;
    this.presence.stop();
    for (const item of this.pending.splice(0)) item.reject(refusal);
  }

  /** The room is dropped or the process stops: every timer is cleared and none is set again; presence changes waiting are queued now. */
  dispose(): void {
    this.clock.dispose();
    this.presence.flush();
  }

  private enqueue(items: Pending[]): void {
    this.pending.push(...items);
    this.draining ??= this.drain();
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) await this.runIsolated(this.pending.splice(0));
    this.draining = undefined;
  }

  /**
   * Runs a batch. When its write is refused for what it holds (store/faults.ts),
   * some command in it made the write fail: the batch is split in halves that run
   * on their own, in order, down to the one command that fails, which alone is
   * refused, so one player's bad input never costs anyone else their answer. When
   * the database is down or overloaded, the whole batch fails (and may be sent again).
   */
  private async runIsolated(items: Pending[]): Promise<void> {
    try {
      await this.run(items);
    } catch (error) {
      if (!(error instanceof StorageFailure)) {
        if (error instanceof LeaseLost) this.lease?.lost();
        for (const item of items) item.reject(error);
        return;
      }
      const dataFault = isDataFault(error.cause);
      if (items.length > 1 && dataFault) {
        const half = Math.ceil(items.length / 2);
        await this.runIsolated(items.slice(0, half));
        await this.runIsolated(items.slice(half));
        return;
      }
      if (dataFault) this.deps.log.warn({ err: error.cause, gameId: this.id, command: items[0]!.command.type }, 'a command could not be stored');
      else this.fanOut.saving(true); // the database's state, not the data: every command fails until it is back
      for (const item of items) {
        this.rememberUnstored(item);
        item.reject(error);
      }
    }
  }

  /** An answer's key for unstoredAnswers: the same player, round and picks. */
  private static answerKey(command: Command): string | undefined {
    return command.type === 'answer' ? `${command.playerId} ${command.index} ${[...command.optionIds].sort().join(',')}` : undefined;
  }

  /**
   * When a command reached the server. An answer sent again after its first
   * arrival could not be stored is timed by that first arrival: a failed write
   * must not turn an answer that came in time into "Time's up".
   */
  private arrival(command: Command): number {
    const key = GameRoom.answerKey(command);
    return (key === undefined ? undefined : this.unstoredAnswers.get(key)) ?? this.deps.clock();
  }

  private rememberUnstored({ command, at }: Pending): void {
    const key = GameRoom.answerKey(command);
    if (key && !this.unstoredAnswers.has(key)) this.unstoredAnswers.set(key, at);
  }

  /** Reduces a batch, stores its events, then adopts the state and tells everyone. A failed write leaves the state as it was. */
  private async run(items: Pending[]): Promise<void> {
    // Past this node's own deadline another node may take the game at any moment: store nothing more, drop it.
    if (!this.live()) throw new LeaseLost(this.id);
    const { state, verdicts } = reduceBatch(this.state, items.map(({ command, meta, at }) => ({ command, now: at, when: meta.when })));
    const happened: Happened[] = items.flatMap(({ meta }, i) => {
      const verdict = verdicts[i]!;
      return verdict.ok ? verdict.events.map((event) => ({ event, tokenHash: meta.tokenHash, deviceHash: meta.deviceHash, memberId: meta.memberId })) : [];
    });
    await persistEvents(this.deps.db, { gameId: this.id, roundIds: this.roundIds, fence: this.lease?.fence }, happened, state).catch((error: unknown) => {
      throw error instanceof LeaseLost ? error : new StorageFailure(error); // a lost lease is not this batch's fault: no retry
    });
    this.state = state;
    this.fanOut.saving(false);
    this.members.stored(happened, state);
    this.announce(happened.map((h) => h.event));
    this.timers.grace();
    items.forEach((item, i) => item.resolve(verdicts[i]!));
    // After the acks: a closed round's answers go into its members' memory, off the answer path.
    for (const { event } of happened) if (event.type === 'roundClosed') this.deps.roundClosed?.(this.roundIds[event.round.index]!);
  }

  /** Sets the timers a stored batch calls for and tells everyone what it changed. */
  private announce(events: GameEvent[]): void {
    if (!this.live()) return;
    if (events.some((e) => e.type === 'roundOpened')) this.unstoredAnswers.clear();
    this.timers.stored(events);
    this.fanOut.batch(events);
    if (events.some((e) => e.type === 'gameEnded')) this.onEnded?.();
  }
}
