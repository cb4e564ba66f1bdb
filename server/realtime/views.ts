import { activePlayers, answerOf, playerOf } from '../game/engine';
import { kindOf, tallyByArrival } from '../game/question-types';
import { lookup, valuesOf } from '../game/shards';
import { mostPickedWrongNote, notesForPicks } from '../game/why-not';
import type { GameState, PlayerState } from '../game/types';
import { joinPlayerScreen } from '../../common/player-screen-parts';
import type { HeldVotesView, HostScreen, LeaderboardRow, OwnPlayerPart, PlayerScreen, RevealView, RoundView, SharedPlayerScreen, StandingView } from '../../common/protocol';

/**
 * What each audience sees of a game, derived from its state. Correct options
 * appear only in a RevealView, which exists only once a round has closed.
 */

export interface ViewContext {
  gameId: string;
  code: string;
  now: number;
  showQuestionsOnPhones: boolean;
  hideTypedAnswers: boolean;
  autoAdvanceMs: number | null;
  lanOrigin: string | null;
}

const LEADERBOARD_SIZE = 5;
const PODIUM_SIZE = 3;

export function roundView(state: GameState, ctx: ViewContext, audience: 'host' | 'player'): RoundView | null {
  const q = state.questions[state.index];
  if (!q) return null;
  const round = state.phase === 'question' ? state.round : null; // a held round's clock is over
  const readRemainingMs = round ? Math.max(0, Math.round(round.optionsAt - ctx.now)) : 0;
  const remainingMs = round ? Math.max(0, Math.round(round.deadline - ctx.now) - readRemainingMs) : 0;
  const showText = audience === 'host' || ctx.showQuestionsOnPhones;
  return {
    index: state.index,
    total: state.questions.length,
    type: q.type,
    section: q.section,
    caseStudy: showText ? q.caseStudy : null,
    stem: showText ? q.stem : null,
    select: q.select,
    ...kindOf(q.type).shown(q),
    timeLimitMs: q.timeLimitMs,
    remainingMs,
    askConfidence: state.askConfidence,
    readMs: q.readMs,
    readRemainingMs,
    attempt: state.phase === 'reveal' ? (state.lastRound?.firstVote ? 2 : 1) : (state.round?.attempt ?? 1),
  };
}

function revealView(state: GameState, ctx: ViewContext): RevealView | null {
  const q = state.questions[state.index];
  const closed = state.lastRound;
  if (!q || !closed || closed.index !== state.index) return null;
  const kind = kindOf(q.type);
  return {
    correctOptionIds: kind.solution(q),
    accepted: kind.accepted(q),
    closedBy: closed.reason,
    distribution: kind.tallyIsPlayerText && ctx.hideTypedAnswers ? {} : closed.distribution,
    answered: closed.answered,
    correctCount: closed.correctCount,
    explanation: q.explanation,
    whyNot: q.whyNot,
    links: q.links,
    firstVote: closed.firstVote ? { ...closed.firstVote, distribution: kind.tallyIsPlayerText && ctx.hideTypedAnswers ? {} : closed.firstVote.distribution } : null,
  };
}

/**
 * The first `size` players by rank, ties in join order (as a stable sort would
 * give them), in one pass: a selection, not a sort of the whole room.
 */
export function standings(state: GameState, size: number): StandingView[] {
  const top: PlayerState[] = [];
  for (const id of state.joinOrder) {
    const p = playerOf(state, id)!;
    if (p.kicked || p.rank === null) continue;
    if (top.length === size && p.rank >= top[size - 1]!.rank!) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.rank! > p.rank) at--;
    top.splice(at, 0, p);
    if (top.length > size) top.pop();
  }
  return top.map((p) => ({ playerId: p.id, nickname: p.nickname, score: p.score, rank: p.rank!, previousRank: p.previousRank }));
}

/** The reveal's top five, each with the points (streak bonus included; below 0 when wrong under certainty scoring) the round just closed gave them. */
export function leaderboard(state: GameState): LeaderboardRow[] {
  const results = state.lastRound?.results;
  return standings(state, LEADERBOARD_SIZE).map((s) => ({ ...s, gained: results?.[s.playerId]?.answer?.points ?? 0 }));
}

/** How many said Sure and were wrong in the round just closed: the projector says so, since those errors are the ones feedback corrects best. */
function sureAndWrong(state: GameState): number {
  let count = 0;
  for (const result of Object.values(state.lastRound?.results ?? {})) if (result.answer?.confidence === 'sure' && !result.answer.correct) count++;
  return count;
}

/** Which screen the host sees now, without building it: the host's throttle asks on every change. */
export function hostScreenName(state: GameState): HostScreen['screen'] {
  if (state.phase === 'ended') return 'ended';
  const asked = state.questions[state.index] !== undefined;
  if (state.phase === 'question' && asked && state.round) return 'question';
  if (state.phase === 'held' && asked && state.round) return 'held';
  if (state.phase === 'reveal' && asked && state.lastRound?.index === state.index) return 'reveal';
  return 'lobby';
}

export function hostScreen(state: GameState, ctx: ViewContext): HostScreen {
  const base = { gameId: ctx.gameId, code: ctx.code };
  switch (hostScreenName(state)) {
    case 'ended':
      return { ...base, screen: 'ended', podium: standings(state, PODIUM_SIZE), endedEarly: state.endedEarly };
    case 'question':
      return {
        ...base, screen: 'question', round: roundView(state, ctx, 'host')!, answered: state.round!.answered, expected: state.round!.expected,
        players: activePlayers(state).length,
      };
    case 'held':
      return { ...base, screen: 'held', round: roundView(state, ctx, 'host')!, votes: heldVotes(state) };
    case 'reveal':
      return {
        ...base, screen: 'reveal', round: roundView(state, ctx, 'host')!, reveal: revealView(state, ctx)!,
        leaderboard: leaderboard(state),
        sureAndWrong: sureAndWrong(state),
        isLast: state.index + 1 >= state.questions.length,
        autoAdvanceMs: ctx.autoAdvanceMs,
        commonMistake: mostPickedWrongNote(state.questions[state.index]!, state.lastRound!.distribution),
      };
    case 'lobby': {
      const players = activePlayers(state).map((p) => ({ id: p.id, nickname: p.nickname, connected: p.connected }));
      return { ...base, screen: 'lobby', locked: state.locked, players, lanOrigin: ctx.lanOrigin };
    }
  }
}

/**
 * How a held round's first vote fell, for the projector, with nothing that tells
 * the right answer: picks per option only where answers pick options (another
 * type's tally counts right placements or wrong texts).
 */
function heldVotes(state: GameState): HeldVotesView {
  const q = state.questions[state.index]!;
  const round = state.round!;
  const distribution = kindOf(q.type).picksOptions ? tallyByArrival(q, valuesOf(round.answers)) : {};
  return { distribution, answered: round.answered, players: activePlayers(state).length };
}

/** The screen every player sees when a round (or its second vote) opens or is held: one broadcast for the room; each phone keeps its own picks. */
export function questionScreen(state: GameState, ctx: ViewContext): PlayerScreen | null {
  const round = roundView(state, ctx, 'player');
  if (!round) return null;
  if (state.phase === 'question') return { screen: 'question', round, picked: null };
  if (state.phase === 'held') return { screen: 'held', round, picked: null };
  return null;
}

/** What every phone of the room sees of a reveal or the end; null in other phases. */
export function sharedPlayerScreen(state: GameState, ctx: ViewContext): SharedPlayerScreen | null {
  if (state.phase === 'ended') return { screen: 'ended', gameId: ctx.gameId, questions: state.index + 1, players: activePlayers(state).length };
  if (state.phase !== 'reveal') return null;
  const round = roundView(state, ctx, 'player');
  const reveal = revealView(state, ctx);
  return round && reveal ? { screen: 'reveal', round, reveal } : null;
}

/** One player's own part of `shared`; null for a player the reveal has no result for (joined while it was shown). */
export function ownPart(state: GameState, player: PlayerState, shared: SharedPlayerScreen): OwnPlayerPart | null {
  if (shared.screen === 'ended') return { screen: 'ended', rank: player.rank ?? shared.players, score: player.score, correctCount: player.correctCount };
  const result = state.lastRound?.results[player.id];
  if (!result) return null;
  const answer = result.answer;
  return {
    screen: 'reveal',
    index: shared.round.index,
    you: {
      outcome: !answer ? 'timeout' : answer.correct ? 'correct' : 'incorrect',
      pickedOptionIds: answer?.optionIds ?? [],
      pickedText: answer?.text ?? null,
      confidence: answer?.confidence ?? null,
      points: answer?.points ?? 0,
      bonus: answer?.bonus ?? 0,
      streak: result.streak,
      score: result.score,
      rank: result.rank,
      whyNot: answer ? notesForPicks(state.questions[shared.round.index]!, answer.optionIds) : [],
    },
  };
}

/** A player's whole screen now, as a (re)connecting phone is sent it: the same parts the room was sent, joined. */
export function playerScreen(state: GameState, ctx: ViewContext, player: PlayerState): PlayerScreen {
  if (player.kicked) return { screen: 'removed', message: 'The host removed you from this game.' };
  const shared = sharedPlayerScreen(state, ctx);
  const own = shared && ownPart(state, player, shared);
  const whole = shared && own && joinPlayerScreen(shared, own);
  if (whole) return whole;
  const round = roundView(state, ctx, 'player');
  if ((state.phase === 'question' || state.phase === 'held') && round && state.round) {
    const answer = answerOf(state.round, player.id);
    const picked = { picked: answer?.optionIds ?? null, ...(answer?.text == null ? {} : { pickedText: answer.text }) };
    if (state.phase === 'held') return { screen: 'held', round, ...picked };
    const first = state.round.first && lookup(state.round.first, player.id);
    const firstPicked = state.round.first ? { firstPicked: first?.optionIds ?? null, ...(first?.text == null ? {} : { firstText: first.text }) } : {};
    return { screen: 'question', round, ...picked, ...firstPicked };
  }
  // In the lobby, or a player who joined while a round was being revealed.
  return { screen: 'lobby', code: ctx.code, started: state.phase !== 'lobby' };
}
