import { nicknameKey, reduce } from './engine';
import { optionIdAt } from './plan';
import { gameIds } from './question-types';
import { answerPoints, rankByScore } from './scoring';
import { shardsOf, type Shards } from './shards';
import type { AcceptedAnswer, Command, Confidence, GameQuestion, GameState, PlayerState, Scoring } from './types';

/**
 * Rebuilding a live game from what Postgres holds, after the process that hosted
 * it stopped. Everything acknowledged was stored, so nothing a player was told
 * is lost, the host's bans included; what memory alone knew is not: who is
 * connected (nobody, until they resume). Ranks follow from the stored scores, as the engine ranks them.
 */

export interface StoredRound {
  index: number;
  question: Omit<GameQuestion, 'options' | 'timeLimitMs' | 'readMs'> & { options: { id: string; text: string; correct: boolean; position: number; match: string | null; note: string | null }[] };
  timeLimitMs: number;
  readMs: number;
  /** the bank's option ids in the order players saw them */
  optionOrder: string[];
  /** how long ago it opened, by the database's clock (node clocks never matter); null while not opened */
  openedMsAgo: number | null;
  closed: boolean;
  /** its first vote split the room and was held for the host (revote.ts) */
  held: boolean;
  /** its second vote was opened */
  revote: boolean;
  /** optionIds as stored: the bank's option ids, or what the type names instead (see question-types.ts storedIds); `attempt` 2: a second vote's */
  answers: { playerId: string; attempt: 1 | 2; optionIds: string[]; text: string | null; correct: boolean; confidence: Confidence | null; responseMs: number; points: number }[];
}

export interface StoredGame {
  status: 'lobby' | 'question' | 'held' | 'reveal';
  scoring: Scoring;
  askConfidence: boolean;
  holdSplit: boolean;
  locked: boolean;
  /** the host's ban patterns (state.bans), in the order banned */
  bans: string[];
  rounds: StoredRound[];
  /** in join order, with their totals as stored after the last closed round */
  players: { id: string; nickname: string; score: number; streak: number; correctCount: number; kicked: boolean }[];
}

/**
 * The game's state, and whether its current round (or its second vote) was still
 * open when the process stopped: such a round cannot go on (its clock is gone),
 * so the caller closes it with the answers it has, through the engine, with the
 * `close` command returned, and stores that. A round still in its reading time
 * has no answers and loses nothing by going on: it is restored reading, its
 * options and deadline as far off as they were. A held round is held again.
 */
export function restoreGame(stored: StoredGame, now: number): { state: GameState; close: Extract<Command, { type: 'timeUp' }> | null } {
  const questions = stored.rounds.map(toGameQuestion);
  const players: Record<string, PlayerState> = {};
  const nicknames: Record<string, string> = {};
  for (const p of stored.players) {
    players[p.id] = { ...p, connected: false, rank: null, previousRank: null };
    nicknames[nicknameKey(p.nickname)] = p.id;
  }
  const base: GameState = {
    phase: 'lobby', scoring: stored.scoring, askConfidence: stored.askConfidence || stored.scoring === 'certainty', holdSplit: stored.holdSplit, locked: stored.locked, questions, players: shardsOf(Object.entries(players)), joinOrder: stored.players.map((p) => p.id),
    nicknames: shardsOf(Object.entries(nicknames)), bans: stored.bans,
    index: -1, round: null, lastRound: null, endedEarly: false,
  };
  const current = stored.rounds.filter((r): r is StoredRound & { openedMsAgo: number } => r.openedMsAgo !== null).at(-1);
  if (!current) return { state: base, close: null };

  // The current round, open again with its stored answers (each vote's); totals as they stood before it.
  const votes: [Record<string, AcceptedAnswer>, Record<string, AcceptedAnswer>] = [{}, {}];
  const before = { ...players };
  const question = questions[current.index]!;
  for (const a of current.answers) {
    const p = players[a.playerId];
    if (!p) continue;
    const streak = current.closed ? (a.correct ? p.streak : 0) : p.streak + (a.correct ? 1 : 0);
    const { bonus } = answerPoints(stored.scoring, a, question.timeLimitMs, streak);
    votes[a.attempt - 1]![a.playerId] = { optionIds: gameIds(question, a.optionIds), text: a.text, responseMs: a.responseMs, correct: a.correct, confidence: a.confidence, points: a.points, bonus };
  }
  if (current.closed) {
    // The stored totals hold each player's final answer (a second vote's, else the first's); a wrong one's points come off too: below 0 under certainty scoring.
    for (const [playerId, a] of Object.entries({ ...votes[0], ...votes[1] })) {
      const p = players[playerId]!;
      before[playerId] = a.correct ? { ...p, score: p.score - a.points, streak: p.streak - 1, correctCount: p.correctCount - 1 } : { ...p, score: p.score - a.points };
    }
  }
  const [first, second] = votes.map((v) => shardsOf(Object.entries(v)));
  const answers = current.revote ? votes[1] : votes[0];
  const answered = Object.keys(answers).length;
  const open: GameState = {
    ...base,
    // Ranks as the last round before this one left them (none before the first round).
    players: ranked(current.closed ? before : players, base.joinOrder, current.index > 0),
    phase: 'question',
    index: current.index,
    round: {
      index: current.index, openedAt: now, optionsAt: now, deadline: now, answers: current.revote ? second! : first!, answered, expected: answered, present: 0, peak: 0,
      ...(current.revote ? { attempt: 2 as const, first } : {}),
    },
  };
  const attempt = current.revote ? { attempt: 2 as const } : {};
  const readLeft = current.readMs - current.openedMsAgo;
  if (!current.closed && current.answers.length === 0 && readLeft > 0) {
    const optionsAt = now + readLeft;
    const reading = { ...open.round!, openedAt: now - current.openedMsAgo, optionsAt, deadline: optionsAt + current.timeLimitMs };
    return { state: { ...open, round: reading }, close: null };
  }
  if (!current.closed && current.held && !current.revote) return { state: { ...open, phase: 'held', round: { ...open.round!, heldBy: 'time' } }, close: null };
  if (!current.closed) return { state: open, close: { type: 'timeUp', index: current.index, ...attempt } };
  // Revealed already: closed again as it was, never held.
  const closed = reduce({ ...open, holdSplit: false }, { type: 'timeUp', index: current.index, ...attempt }, now);
  if (!closed.ok) throw new Error(`could not restore round ${current.index}: ${closed.error.message}`);
  return { state: { ...closed.state, holdSplit: stored.holdSplit }, close: null };
}

function ranked(players: Record<string, PlayerState>, joinOrder: string[], anyRoundClosed: boolean): Shards<PlayerState> {
  if (!anyRoundClosed) return shardsOf(Object.entries(players));
  const ranks = rankByScore(joinOrder.map((id) => players[id]!).filter((p) => !p.kicked));
  return shardsOf(joinOrder.map((id) => [id, { ...players[id]!, rank: ranks.get(id) ?? joinOrder.length }] as const));
}

function toGameQuestion(round: StoredRound): GameQuestion {
  const byId = new Map(round.question.options.map((o) => [o.id, o]));
  return {
    ...round.question,
    timeLimitMs: round.timeLimitMs,
    readMs: round.readMs,
    options: round.optionOrder.map((sourceId, position) => {
      const { text, correct, position: bankPosition, match, note } = byId.get(sourceId)!;
      return { id: optionIdAt(position), sourceId, text, correct, position: bankPosition, match, note };
    }),
  };
}
