/**
 * A tiny driver for playing whole games in memory:
 *
 *   const game = play(quiz(3)).join('Ada').join('Bob').start();
 *   game.after(2_000).answer('Ada', 'b');
 *
 * It threads the state, a fake clock and player ids (looked up by nickname),
 * and keeps every state it saw. Each state is deep-frozen before it goes back
 * into the reducer, so any mutation of an earlier state throws.
 */
import { newGame, playerOf, reduce } from '../../server/game/engine';
import type { Command, Confidence, GameErrorCode, GameEvent, GameQuestion, GameState, PlayerRoundResult, PlayerState, Scoring } from '../../server/game/types';
import { quiz } from './game-questions';

export function play(questions: GameQuestion[] = quiz(3), scoring: Scoring = 'speed', askConfidence = false, holdSplit = false): Driver {
  return new Driver(questions, scoring, askConfidence, holdSplit);
}

export class Driver {
  state: GameState;
  now = 1_000;
  /** events of the last accepted command */
  events: GameEvent[] = [];
  /** every event so far */
  log: GameEvent[] = [];
  /** every state so far, the first being the new game */
  states: GameState[] = [];
  private ids = new Map<string, string>();

  constructor(questions: GameQuestion[], scoring: Scoring = 'speed', askConfidence = false, holdSplit = false) {
    this.state = deepFreeze(newGame(questions, scoring, askConfidence, holdSplit));
    this.states.push(this.state);
  }

  // clock

  after(ms: number): this {
    this.now += ms;
    return this;
  }

  /** Moves the clock to `ms` after the current round opened. */
  at(ms: number): this {
    const round = this.state.round;
    if (!round) throw new Error('no round is open');
    this.now = round.openedAt + ms;
    return this;
  }

  /** Moves the clock to `ms` after the current round's options appeared (its reading time over). */
  atOptions(ms: number): this {
    const round = this.state.round;
    if (!round) throw new Error('no round is open');
    this.now = round.optionsAt + ms;
    return this;
  }

  // commands that must succeed

  send(command: Command): this {
    const outcome = reduce(this.state, command, this.now);
    if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.error.code} (${outcome.error.message})`);
    this.state = deepFreeze(outcome.state);
    this.states.push(this.state);
    this.events = outcome.events;
    this.log.push(...outcome.events);
    return this;
  }

  join(nickname: string, playerId = `id-${nickname.trim().toLowerCase()}`): this {
    this.ids.set(nickname.trim(), playerId);
    return this.send({ type: 'join', playerId, nickname });
  }
  drop(nickname: string): this {
    return this.send({ type: 'presence', playerId: this.id(nickname), connected: false });
  }
  reconnect(nickname: string): this {
    return this.send({ type: 'presence', playerId: this.id(nickname), connected: true });
  }
  kick(nickname: string): this {
    return this.send({ type: 'kick', playerId: this.id(nickname) });
  }
  lock(locked = true): this {
    return this.send({ type: 'lock', locked });
  }
  start(): this {
    return this.send({ type: 'start' });
  }
  /** Answers the current question. */
  answer(nickname: string, ...optionIds: string[]): this {
    return this.send({ type: 'answer', playerId: this.id(nickname), index: this.state.index, optionIds });
  }
  /** Answers the current question saying how sure the player is: option ids, or `{ text }` for a typed question. */
  answerAs(nickname: string, confidence: Confidence, answer: string[] | { text: string }): this {
    const given = Array.isArray(answer) ? { optionIds: answer } : { optionIds: [], text: answer.text };
    return this.send({ type: 'answer', playerId: this.id(nickname), index: this.state.index, ...given, confidence });
  }
  /** Answers the current type-the-answer question. */
  type(nickname: string, text: string): this {
    return this.send({ type: 'answer', playerId: this.id(nickname), index: this.state.index, optionIds: [], text });
  }

  /** The grace of players who dropped mid-round is checked at the current time. */
  graceOver(index = this.state.index): this {
    return this.send({ type: 'graceOver', index });
  }
  timeUp(index = this.state.index): this {
    return this.send({ type: 'timeUp', index });
  }
  next(): this {
    return this.send({ type: 'next' });
  }
  end(): this {
    return this.send({ type: 'end' });
  }

  /**
   * Plays the current round: each entry is a nickname and its picks, answered
   * one second apart from the round's opening; the host then skips the rest.
   */
  round(answers: Record<string, string | string[]>): this {
    let ms = 0;
    for (const [nickname, picks] of Object.entries(answers)) this.at((ms += 1_000)).answer(nickname, ...[picks].flat());
    if (this.state.phase === 'question') this.next();
    return this;
  }

  // commands that must be refused

  /** Sends a command that must be refused; returns the error code and leaves the state as it was. */
  refuse(command: Command): GameErrorCode {
    const outcome = reduce(this.state, command, this.now);
    if (outcome.ok) throw new Error(`${command.type} was accepted, expected a refusal`);
    return outcome.error.code;
  }
  refuseJoin(nickname: string, playerId = `id-new-${this.states.length}`): GameErrorCode {
    return this.refuse({ type: 'join', playerId, nickname });
  }
  refuseAnswer(nickname: string, optionIds: string[], index = this.state.index, text?: string): GameErrorCode {
    return this.refuse({ type: 'answer', playerId: this.id(nickname), index, optionIds, text });
  }

  // reading

  id(nickname: string): string {
    const id = this.ids.get(nickname);
    if (!id) throw new Error(`no player called ${nickname}`);
    return id;
  }
  player(nickname: string): PlayerState {
    return playerOf(this.state, this.id(nickname))!;
  }
  score(nickname: string): number {
    return this.player(nickname).score;
  }
  /** The last closed round's result for a player. */
  result(nickname: string): PlayerRoundResult {
    const result = this.state.lastRound?.results[this.id(nickname)];
    if (!result) throw new Error(`no result for ${nickname}`);
    return result;
  }
  /** Ranks by nickname after the last closed round. */
  ranks(): Record<string, number | null> {
    return Object.fromEntries([...this.ids].map(([nick, id]) => [nick, playerOf(this.state, id)!.rank]));
  }
  eventTypes(): string[] {
    return this.events.map((e) => e.type);
  }
  lastEvent<K extends GameEvent['type']>(type: K): Extract<GameEvent, { type: K }> {
    const event = [...this.log].reverse().find((e) => e.type === type);
    if (!event) throw new Error(`no ${type} event`);
    return event as Extract<GameEvent, { type: K }>;
  }
}

function deepFreeze<V>(value: V): V {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
