import type { Logger } from 'pino';
import type { Clock } from '../../game/clock';
import type { GameEvent, GameState } from '../../game/types';
import { LeaseLost } from '../../store/leases';
import type { GameRoom, RoomTimer } from '../game-room';
import type { RoomClock } from './clock';

/** The timers that play the game, stopped when it ends; presence and the host's screen go on. */
const GAME_TIMERS: RoomTimer[] = ['deadline', 'grace', 'advance'];

/**
 * What moves a game on without anyone pressing a button: the round's deadline,
 * the end of a dropped player's grace, and auto-advance after a reveal. Each
 * is a command dispatched into the room like any other.
 */
export class GameTimers {
  /** when the grace timer wakes the engine: the earliest time a dropped player's grace runs out */
  private graceAt = Infinity;

  constructor(
    private readonly clock: RoomClock<RoomTimer>,
    private readonly room: Pick<GameRoom, 'id' | 'state' | 'settings' | 'dispatch'>,
    private readonly now: Clock,
    private readonly log: Logger,
  ) {}

  /** Sets and clears the timers a stored batch calls for. */
  stored(events: GameEvent[]): void {
    for (const event of events) {
      if (event.type === 'roundOpened') {
        this.clock.clear('advance');
        this.deadline(event.index, event.deadline, event.attempt);
      } else if (event.type === 'roundHeld') {
        this.clock.clear('deadline'); // the host decides what comes next: no auto-advance either
      } else if (event.type === 'roundClosed') {
        this.clock.clear('deadline');
        this.autoAdvance(event.round.index);
      } else if (event.type === 'gameEnded') {
        this.clock.clear(...GAME_TIMERS);
      }
    }
  }

  /** A room rebuilt with its round open (restored mid-reading, see restore.ts) sets that round's deadline again: its old clock is gone. */
  resume(): void {
    const { state } = this.room;
    if (state.phase === 'question' && state.round) this.deadline(state.round.index, state.round.deadline, state.round.attempt);
  }

  /** Wakes the engine when the first grace of a player who dropped mid-round runs out (see GRACE_MS). */
  grace(): void {
    const { state } = this.room;
    const round = state.phase === 'question' ? state.round : null;
    const untils = round?.graceUntil ? Object.values(round.graceUntil) : [];
    const at = untils.reduce((a, b) => Math.min(a, b), Infinity);
    if (this.clock.has('grace') && at === this.graceAt) return;
    this.clock.clear('grace');
    this.graceAt = at;
    if (!round || at === Infinity) return;
    this.clock.set('grace', Math.max(0, at - this.now()) + 20, () => {
      this.graceAt = Infinity;
      this.room.dispatch({ type: 'graceOver', index: round.index }).then(
        () => this.grace(),
        (e: unknown) => {
          this.fail(e);
          this.grace();
        },
      );
    });
  }

  /** Closes the round at its deadline; if the close cannot be stored, tries again: a round must not stay open past it. */
  private deadline(index: number, deadline: number, attempt: 2 | undefined): void {
    const timeUp = () => {
      this.room.dispatch({ type: 'timeUp', index, ...(attempt ? { attempt } : {}) }).catch((e) => {
        this.fail(e);
        if (!(e instanceof LeaseLost)) this.clock.set('deadline', 1000, timeUp);
      });
    };
    // A little grace so an answer sent at the last instant is judged by the engine, not cut by the timer.
    this.clock.set('deadline', Math.max(0, deadline - this.now()) + 50, timeUp);
  }

  private autoAdvance(index: number): void {
    const seconds = this.room.settings.autoAdvanceSeconds;
    if (seconds === null || index + 1 >= this.room.state.questions.length) return;
    this.clock.set('advance', seconds * 1000, () => {
      const when = (s: GameState) => s.phase === 'reveal' && s.index === index; // unless the host moved on by hand
      void this.room.dispatch({ type: 'next' }, { when }).catch((e) => this.fail(e));
    });
  }

  private fail(error: unknown): void {
    this.log.error({ err: error, gameId: this.room.id }, 'a timed game step failed');
  }
}
