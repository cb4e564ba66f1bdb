import type { Logger } from 'pino';
import type { Server } from 'socket.io';
import { answerOf, newBatch, playerOf, reduce } from '../game/engine';
import type { Clock } from '../game/clock';
import type { Command, GameEvent, GameState, Outcome } from '../game/types';
import type { ClientToServerEvents, GameSettingsInput, ServerToClientEvents } from '../protocol';
import type { Db } from '../store/db';
import { isDataFault } from '../store/faults';
import { persistEvents, type Happened } from '../store/game-events';
import { StorageFailure } from './refusal';
import { LeaseLost, type Fence } from '../store/leases';
import type { RestoredPlayer } from '../store/live-games';
import { playerRoom, sendToEachPlayer } from './player-screens';
import { hostScreen, hostScreenName, playerScreen, questionScreen, type ViewContext } from './views';

export type GameServer = Server<ClientToServerEvents, ServerToClientEvents>;

export interface RoomDeps {
  io: GameServer;
  db: Db;
  clock: Clock;
  log: Logger;
  lanOrigin: string | null;
  /** several nodes: takes the lease on a game this node just created */
  leases?: { claim(gameId: string): Promise<RoomLease> };
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
  /** run the command only if the game is still where the sender saw it (double taps, timers racing the host) */
  when?: (state: GameState) => boolean;
}

interface Pending {
  command: Command;
  meta: CommandMeta;
  /** when the command reached the server: answers are timed by arrival, not by their turn in the queue */
  at: number;
  resolve(outcome: Outcome): void;
  reject(error: unknown): void;
}

/** At most this often the host gets a whole new screen (a 2,000-player lobby is a big one). */
const HOST_SCREEN_INTERVAL_MS = 200;

/**
 * Presence changes (a phone dropping or coming back) wait this long to share a
 * batch: when a whole room leaves at once, the engine and the host screen then
 * see one batch of hundreds, not hundreds of batches each costing O(players).
 */
const PRESENCE_WINDOW_MS = 20;

/**
 * One live game: its state, its timers, and the loop that runs every command
 * through the engine, stores what happened, and only then tells the clients.
 * Group commit: the commands that arrive while one batch is being stored form
 * the next batch, reduced in arrival order and stored in one go (all of a
 * batch's answers in one INSERT), so a room of 2,000 answering at once costs a
 * few round trips to Postgres, not 2,000. Batches never overlap, so writes and
 * emits never interleave.
 */
export class GameRoom {
  private pending: Pending[] = [];
  /** presence changes waiting for the next window (PRESENCE_WINDOW_MS) */
  private presence: Pending[] = [];
  private presenceTimer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private advanceTimer: NodeJS.Timeout | undefined;
  /** checks the grace of players who dropped mid-round, at the earliest time one runs out */
  private graceTimer: NodeJS.Timeout | undefined;
  private graceAt = Infinity;
  /** token hash -> player id, to re-bind a returning phone */
  private readonly playerTokens: Map<string, string>;
  /** the device each player joined from (hashed), and the devices of kicked players, who may not join again */
  private readonly devices = new Map<string, string>();
  private readonly kickedDevices = new Set<string>();
  /** open sockets per player: a player is away only when the last one closes */
  private readonly sockets = new Map<string, number>();
  private hostScreenSentAt = -Infinity;
  private hostScreenKind = '';
  private hostScreenTimer: NodeJS.Timeout | undefined;
  /** when each answer that could not be stored first arrived: a retry keeps its place in time (see arrival) */
  private readonly unstoredAnswers = new Map<string, number>();

  /** called once when the game ends, after everyone was told */
  onEnded: (() => void) | undefined;
  /** when this process opened or restored the room, on the server's clock (see lifetimes.ts) */
  readonly createdAt: number;
  /** since when no host socket is connected; null while one is */
  hostAwaySince: number | null;
  private hostSockets = 0;
  /** whether the last write of this game failed: the host is told when that changes */
  private savingFails = false;
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
    this.playerTokens = new Map(restored.map((p) => [p.tokenHash, p.id]));
    for (const { id, deviceHash } of restored) if (deviceHash) this.joinedFrom(id, deviceHash);
    this.createdAt = deps.clock();
    this.hostAwaySince = this.createdAt;
  }

  /** A host screen opened or closed on some socket: the room knows whether its host is around. */
  hostSocketOpened(): void {
    this.hostSockets += 1;
    this.hostAwaySince = null;
  }

  hostSocketClosed(): void {
    this.hostSockets = Math.max(0, this.hostSockets - 1);
    if (this.hostSockets === 0) this.hostAwaySince ??= this.deps.clock();
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

  playerIdForToken(tokenHash: string): string | undefined {
    return this.playerTokens.get(tokenHash);
  }

  /** Whether a player kicked from this game joined from this device (hashed). */
  deviceKicked(deviceHash: string): boolean {
    return this.kickedDevices.has(deviceHash);
  }

  private joinedFrom(playerId: string, deviceHash: string): void {
    this.devices.set(playerId, deviceHash);
    if (playerOf(this.state, playerId)?.kicked) this.kickedDevices.add(deviceHash);
  }

  /** What this player answered in round `index`, while it is open or the last one closed. */
  answerOf(playerId: string, index: number): { picked: string[]; text?: string } | undefined {
    const { round, lastRound } = this.state;
    const answer = round?.index === index ? answerOf(round, playerId) : lastRound?.index === index ? lastRound.results[playerId]?.answer : undefined;
    return answer ? { picked: answer.optionIds, ...(answer.text === null ? {} : { text: answer.text }) } : undefined;
  }

  /** Runs a command after the ones before it; resolves with the engine's outcome once stored and sent. */
  dispatch(command: Command, meta: CommandMeta = {}): Promise<Outcome> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    return new Promise((resolve, reject) => {
      this.pending.push({ command, meta, at: this.arrival(command), resolve, reject });
      this.draining ??= this.drain();
    });
  }

  /**
   * A socket of this player opened or closed; presence changes only on the
   * first and the last. The count changes at once (before any await), so an
   * open and a close racing each other always net out. A player who just
   * joined is present already.
   */
  socketOpened(playerId: string, justJoined = false): Promise<unknown> {
    const count = (this.sockets.get(playerId) ?? 0) + 1;
    this.sockets.set(playerId, count);
    return count === 1 && !justJoined ? this.presenceChanged(playerId, true) : Promise.resolve();
  }

  socketClosed(playerId: string): Promise<unknown> {
    const count = Math.max(0, (this.sockets.get(playerId) ?? 0) - 1);
    this.sockets.set(playerId, count);
    return count === 0 ? this.presenceChanged(playerId, false) : Promise.resolve();
  }

  /** Queues a presence change for the next window's batch, timed by when it happened. */
  private presenceChanged(playerId: string, connected: boolean): Promise<Outcome> {
    if (this.closedWith) return Promise.resolve(this.unchanged());
    return new Promise((resolve, reject) => {
      this.presence.push({ command: { type: 'presence', playerId, connected }, meta: {}, at: this.deps.clock(), resolve, reject });
      this.presenceTimer ??= setTimeout(() => this.flushPresence(), PRESENCE_WINDOW_MS);
    });
  }

  private flushPresence(): void {
    clearTimeout(this.presenceTimer);
    this.presenceTimer = undefined;
    if (this.presence.length === 0) return;
    this.pending.push(...this.presence.splice(0));
    this.draining ??= this.drain();
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

  /** Resolves once every command queued so far, presence changes too, has been stored and sent. */
  async idle(): Promise<void> {
    this.flushPresence();
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
    clearTimeout(this.presenceTimer);
    this.presenceTimer = undefined;
    for (const item of this.pending.splice(0)) item.reject(refusal);
    for (const item of this.presence.splice(0)) item.resolve(this.unchanged());
  }

  private unchanged(): Outcome {
    return { ok: true, state: this.state, events: [] };
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.advanceTimer);
    clearTimeout(this.graceTimer);
    clearTimeout(this.hostScreenTimer);
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
      else this.savingFailing(true); // the database's state, not the data: every command fails until it is back
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
    if (this.lease && !this.lease.live()) throw new LeaseLost(this.id);
    const batch = newBatch();
    let state = this.state;
    const outcomes: Outcome[] = [];
    const happened: Happened[] = [];
    for (const { command, meta, at } of items) {
      const skipped: Outcome = { ok: true, state, events: [] }; // the game moved on before this command's turn
      const outcome = meta.when && !meta.when(state) ? skipped : reduce(state, command, at, batch);
      outcomes.push(outcome);
      if (!outcome.ok) continue;
      state = outcome.state;
      for (const event of outcome.events) happened.push({ event, tokenHash: meta.tokenHash, deviceHash: meta.deviceHash });
    }
    await persistEvents(this.deps.db, { gameId: this.id, roundIds: this.roundIds, fence: this.lease?.fence }, happened, state).catch((error: unknown) => {
      throw error instanceof LeaseLost ? error : new StorageFailure(error); // a lost lease is not this batch's fault: no retry
    });
    this.state = state;
    this.savingFailing(false);
    for (const { event, tokenHash, deviceHash } of happened) {
      if (event.type === 'playerJoined') {
        this.playerTokens.set(tokenHash!, event.player.id);
        if (deviceHash) this.joinedFrom(event.player.id, deviceHash);
      }
      const kickedDevice = event.type === 'playerKicked' ? this.devices.get(event.playerId) : undefined;
      if (kickedDevice) this.kickedDevices.add(kickedDevice);
    }
    this.announce(happened.map((h) => h.event));
    this.scheduleGrace();
    items.forEach((item, i) => item.resolve(outcomes[i]!));
  }

  /** Tells the host when saving starts or stops failing ("Saving is failing; retrying"). */
  private savingFailing(failing: boolean): void {
    if (failing === this.savingFails) return;
    this.savingFails = failing;
    this.deps.io.to(this.hostRoom).emit('host:saving', { failing });
  }

  /** Wakes the engine when the first grace of a player who dropped mid-round runs out (see GRACE_MS). */
  private scheduleGrace(): void {
    const round = this.state.phase === 'question' ? this.state.round : null;
    const untils = round?.graceUntil ? Object.values(round.graceUntil) : [];
    const at = untils.reduce((a, b) => Math.min(a, b), Infinity);
    if (this.graceTimer && at === this.graceAt) return;
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
    this.graceAt = at;
    if (!round || at === Infinity) return;
    this.graceTimer = setTimeout(() => {
      this.graceTimer = undefined;
      this.graceAt = Infinity;
      this.dispatch({ type: 'graceOver', index: round.index }).then(
        () => this.scheduleGrace(),
        (e: unknown) => {
          this.fail(e);
          this.scheduleGrace();
        },
      );
    }, Math.max(0, at - this.deps.clock()) + 20);
  }

  /** Tells everyone what a batch changed: the host and each player at most once, whatever the batch held. */
  private announce(events: GameEvent[]): void {
    if (this.lease && !this.lease.live()) return;
    const { io } = this.deps;
    let host = false;
    let everyone = false;
    let ended = false;
    let counts: { index: number; answered: number; expected: number } | undefined;
    const answered: string[] = [];
    for (const event of events) {
      switch (event.type) {
        case 'playerJoined':
        case 'presenceChanged':
        case 'lockChanged':
          host = true;
          break;
        case 'playerKicked': {
          io.to(GameRoom.playerRoom(event.playerId)).emit('player:screen', this.playerScreen(event.playerId)!);
          io.in(GameRoom.playerRoom(event.playerId)).socketsLeave(this.playersRoom);
          host = true;
          break;
        }
        case 'roundOpened': {
          clearTimeout(this.advanceTimer);
          this.unstoredAnswers.clear();
          const screen = questionScreen(this.state, this.viewContext());
          if (screen) io.to(this.playersRoom).emit('player:screen', screen);
          host = true;
          // A little grace so an answer sent at the last instant is judged by the engine, not cut by the timer.
          const delay = Math.max(0, event.deadline - this.deps.clock()) + 50;
          clearTimeout(this.timer);
          const timeUp = () => {
            // If the close cannot be stored, try again: a round must not stay open past its deadline.
            this.dispatch({ type: 'timeUp', index: event.index }).catch((e) => {
              this.fail(e);
              if (!(e instanceof LeaseLost)) this.timer = setTimeout(timeUp, 1000);
            });
          };
          this.timer = setTimeout(timeUp, delay);
          break;
        }
        case 'answerAccepted':
          counts = { index: event.index, answered: event.answered, expected: event.expected };
          answered.push(event.playerId);
          break;
        case 'roundClosed':
          clearTimeout(this.timer);
          everyone = host = true;
          this.scheduleAutoAdvance(event.round.index);
          break;
        case 'gameEnded':
          this.dispose();
          everyone = host = ended = true;
          break;
      }
    }
    if (everyone) sendToEachPlayer(io, this.playersRoom, this.state, this.viewContext());
    // "Answer received" on the player's other tabs too; not when the round closed, which told everyone already,
    // nor to a player with one socket: the one that answered shows it from its ack (a write per phone saved).
    else for (const playerId of answered) if ((this.sockets.get(playerId) ?? 0) > 1) io.to(GameRoom.playerRoom(playerId)).emit('player:screen', this.playerScreen(playerId)!);
    if (counts) io.to(this.hostRoom).emit('host:answered', counts);
    if (host) this.sendHostScreen();
    if (ended) this.onEnded?.();
  }

  /**
   * The host's whole screen. A new phase or round goes out at once; changes
   * within one (players arriving, presence) at most every HOST_SCREEN_INTERVAL_MS
   * of real time, the last of them always. It is built only when it is sent.
   */
  private sendHostScreen(): void {
    if (this.lease && !this.lease.live()) return;
    const kind = `${hostScreenName(this.state)}:${this.state.index}`;
    const wait = this.hostScreenSentAt + HOST_SCREEN_INTERVAL_MS - performance.now();
    if (kind === this.hostScreenKind && wait > 0) {
      this.hostScreenTimer ??= setTimeout(() => {
        this.hostScreenTimer = undefined;
        this.sendHostScreen();
      }, wait);
      return;
    }
    clearTimeout(this.hostScreenTimer);
    this.hostScreenTimer = undefined;
    this.hostScreenSentAt = performance.now();
    this.hostScreenKind = kind;
    this.deps.io.to(this.hostRoom).emit('host:screen', this.hostScreen());
  }

  private scheduleAutoAdvance(index: number): void {
    const seconds = this.settings.autoAdvanceSeconds;
    if (seconds === null || index + 1 >= this.state.questions.length) return;
    clearTimeout(this.advanceTimer);
    this.advanceTimer = setTimeout(() => {
      const when = (s: GameState) => s.phase === 'reveal' && s.index === index; // unless the host moved on by hand
      void this.dispatch({ type: 'next' }, { when }).catch((e) => this.fail(e));
    }, seconds * 1000);
  }

  private fail(error: unknown): void {
    this.deps.log.error({ err: error, gameId: this.id }, 'a timed game step failed');
  }
}
