import type { Logger } from 'pino';
import type { Server } from 'socket.io';
import { reduce } from '../game/engine';
import type { Clock } from '../game/clock';
import type { Command, GameEvent, GameState, Outcome } from '../game/types';
import type { ClientToServerEvents, GameSettingsInput, ServerToClientEvents } from '../protocol';
import type { Db } from '../store/db';
import * as store from '../store/games';
import { hostScreen, playerScreen, questionScreen, type ViewContext } from './views';

export type GameServer = Server<ClientToServerEvents, ServerToClientEvents>;

export interface RoomDeps {
  io: GameServer;
  db: Db;
  clock: Clock;
  log: Logger;
  lanOrigin: string | null;
}

/** Extra facts a command's persistence needs that the engine does not keep. */
interface CommandMeta {
  tokenHash?: string;
  /** run the command only if the game is still where the sender saw it (double taps, timers racing the host) */
  when?: (state: GameState) => boolean;
}

/**
 * One live game: its state, its timers, and the loop that runs every command
 * through the engine, stores what happened, and only then tells the clients.
 * Commands run one at a time per game, so writes and emits never interleave.
 */
export class GameRoom {
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private advanceTimer: NodeJS.Timeout | undefined;
  /** token hash -> player id, to re-bind a returning phone */
  private readonly playerTokens = new Map<string, string>();
  /** open sockets per player: a player is away only when the last one closes */
  private readonly sockets = new Map<string, number>();

  /** called once when the game ends, after everyone was told */
  onEnded: (() => void) | undefined;

  constructor(
    private readonly deps: RoomDeps,
    readonly id: string,
    readonly code: string,
    readonly hostTokenHash: string,
    readonly settings: GameSettingsInput,
    private readonly roundIds: string[],
    public state: GameState,
  ) {}

  get hostRoom() {
    return `game:${this.id}:host`;
  }
  get playersRoom() {
    return `game:${this.id}:players`;
  }
  static playerRoom(playerId: string) {
    return `player:${playerId}`;
  }

  playerIdForToken(tokenHash: string): string | undefined {
    return this.playerTokens.get(tokenHash);
  }

  /** The options this player picked in round `index`, while it is open or the last one closed. */
  answerOf(playerId: string, index: number): string[] | undefined {
    const { round, lastRound } = this.state;
    if (round?.index === index) return round.answers[playerId]?.optionIds;
    if (lastRound?.index === index) return lastRound.results[playerId]?.answer?.optionIds;
    return undefined;
  }

  /** Runs a command after the ones before it; resolves with the engine's outcome once stored and sent. */
  dispatch(command: Command, meta: CommandMeta = {}): Promise<Outcome> {
    return this.enqueue(() => this.run(command, meta));
  }

  /** A socket of this player opened or closed; presence changes only on the first and the last. */
  async socketOpened(playerId: string): Promise<void> {
    const count = (this.sockets.get(playerId) ?? 0) + 1;
    this.sockets.set(playerId, count);
    if (count === 1) await this.dispatch({ type: 'presence', playerId, connected: true });
  }

  async socketClosed(playerId: string): Promise<void> {
    const count = (this.sockets.get(playerId) ?? 1) - 1;
    this.sockets.set(playerId, count);
    if (count === 0) await this.dispatch({ type: 'presence', playerId, connected: false });
  }

  viewContext(): ViewContext {
    const autoAdvanceMs = this.settings.autoAdvanceSeconds === null ? null : this.settings.autoAdvanceSeconds * 1000;
    return {
      gameId: this.id, code: this.code, now: this.deps.clock(), showQuestionsOnPhones: this.settings.showQuestionsOnPhones,
      autoAdvanceMs, lanOrigin: this.deps.lanOrigin,
    };
  }

  hostScreen() {
    return hostScreen(this.state, this.viewContext());
  }

  playerScreen(playerId: string) {
    const player = this.state.players[playerId];
    return player ? playerScreen(this.state, this.viewContext(), player) : null;
  }

  /** Resolves once every command queued so far has been stored and sent. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.advanceTimer);
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(command: Command, meta: CommandMeta): Promise<Outcome> {
    if (meta.when && !meta.when(this.state)) return { ok: true, state: this.state, events: [] };
    const outcome = reduce(this.state, command, this.deps.clock());
    if (!outcome.ok) return outcome;
    await this.persist(outcome.events, outcome.state, meta); // a failed write leaves the state as it was
    this.state = outcome.state;
    for (const event of outcome.events) this.announce(event);
    return outcome;
  }

  private async persist(events: GameEvent[], next: GameState, meta: CommandMeta): Promise<void> {
    const db = this.deps.db;
    for (const event of events) {
      switch (event.type) {
        case 'playerJoined':
          await store.addPlayer(db, { id: event.player.id, gameId: this.id, nickname: event.player.nickname, tokenHash: meta.tokenHash! });
          this.playerTokens.set(meta.tokenHash!, event.player.id);
          break;
        case 'playerKicked':
          await store.kickPlayer(db, event.playerId, next.round ? this.roundIds[next.round.index] : undefined);
          break;
        case 'lockChanged':
          await store.setLocked(db, this.id, event.locked);
          break;
        case 'roundOpened':
          await store.openRound(db, this.id, this.roundIds[event.index]!, event.index === 0);
          break;
        case 'answerAccepted': {
          const { optionIds, correct, responseMs, points } = event.answer;
          await store.saveAnswer(db, { roundId: this.roundIds[event.index]!, playerId: event.playerId, optionIds, correct, responseMs, points });
          break;
        }
        case 'roundClosed': {
          const totals = next.joinOrder.map((id) => next.players[id]!).map(({ id, score, streak, correctCount }) => ({ id, score, streak, correctCount }));
          await store.closeRound(db, this.id, this.roundIds[event.round.index]!, totals);
          break;
        }
        case 'gameEnded':
          await store.endGame(db, this.id);
          break;
        case 'presenceChanged':
          break; // presence is live-only
      }
    }
  }

  private announce(event: GameEvent): void {
    const { io } = this.deps;
    const toHost = () => io.to(this.hostRoom).emit('host:screen', this.hostScreen());
    switch (event.type) {
      case 'playerJoined':
      case 'presenceChanged':
      case 'lockChanged':
        toHost();
        break;
      case 'playerKicked':
        io.to(GameRoom.playerRoom(event.playerId)).emit('player:screen', this.playerScreen(event.playerId)!);
        io.in(GameRoom.playerRoom(event.playerId)).socketsLeave(this.playersRoom);
        toHost();
        break;
      case 'roundOpened': {
        clearTimeout(this.advanceTimer);
        const screen = questionScreen(this.state, this.viewContext());
        if (screen) io.to(this.playersRoom).emit('player:screen', screen);
        toHost();
        // A little grace so an answer sent at the last instant is judged by the engine, not cut by the timer.
        const delay = Math.max(0, event.deadline - this.deps.clock()) + 50;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.dispatch({ type: 'timeUp', index: event.index }).catch((e) => this.fail(e)), delay);
        break;
      }
      case 'answerAccepted':
        io.to(this.hostRoom).emit('host:answered', { index: event.index, answered: event.answered, expected: event.expected });
        io.to(GameRoom.playerRoom(event.playerId)).emit('player:screen', this.playerScreen(event.playerId)!);
        break;
      case 'roundClosed':
        clearTimeout(this.timer);
        this.toEachPlayer();
        toHost();
        this.scheduleAutoAdvance(event.round.index);
        break;
      case 'gameEnded':
        this.dispose();
        this.toEachPlayer();
        toHost();
        this.onEnded?.();
        break;
    }
  }

  /** Personal screens: once per player when a round closes or the game ends, never per answer. */
  private toEachPlayer(): void {
    const ctx = this.viewContext();
    for (const id of this.state.joinOrder) {
      const player = this.state.players[id]!;
      if (!player.kicked) this.deps.io.to(GameRoom.playerRoom(id)).emit('player:screen', playerScreen(this.state, ctx, player));
    }
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
