import { activePlayers } from '../game/engine';
import type { GameState, PlayerState } from '../game/types';
import type { HostScreen, PlayerScreen, RevealView, RoundView, StandingView } from '../protocol';

/**
 * What each audience sees of a game, derived from its state. Correct options
 * appear only in a RevealView, which exists only once a round has closed.
 */

export interface ViewContext {
  gameId: string;
  code: string;
  now: number;
  showQuestionsOnPhones: boolean;
  autoAdvanceMs: number | null;
  lanOrigin: string | null;
}

const LEADERBOARD_SIZE = 5;
const PODIUM_SIZE = 3;

export function roundView(state: GameState, ctx: ViewContext, audience: 'host' | 'player'): RoundView | null {
  const q = state.questions[state.index];
  if (!q) return null;
  const remainingMs = state.round ? Math.max(0, Math.round(state.round.deadline - ctx.now)) : 0;
  return {
    index: state.index,
    total: state.questions.length,
    section: q.section,
    stem: audience === 'host' || ctx.showQuestionsOnPhones ? q.stem : null,
    select: q.select,
    options: q.options.map(({ id, text }) => ({ id, text })),
    timeLimitMs: q.timeLimitMs,
    remainingMs,
  };
}

function revealView(state: GameState): RevealView | null {
  const q = state.questions[state.index];
  const closed = state.lastRound;
  if (!q || !closed || closed.index !== state.index) return null;
  return {
    correctOptionIds: q.options.filter((o) => o.correct).map((o) => o.id),
    closedBy: closed.reason,
    distribution: closed.distribution,
    explanation: q.explanation,
    whyNot: q.whyNot,
    links: q.links,
  };
}

export function standings(state: GameState, size: number): StandingView[] {
  return activePlayers(state)
    .filter((p) => p.rank !== null)
    .sort((a, b) => a.rank! - b.rank!)
    .slice(0, size)
    .map((p) => ({ playerId: p.id, nickname: p.nickname, score: p.score, rank: p.rank!, previousRank: p.previousRank }));
}

export function hostScreen(state: GameState, ctx: ViewContext): HostScreen {
  const base = { gameId: ctx.gameId, code: ctx.code };
  const round = roundView(state, ctx, 'host');
  const reveal = revealView(state);
  if (state.phase === 'ended') return { ...base, screen: 'ended', podium: standings(state, PODIUM_SIZE), endedEarly: state.endedEarly };
  if (state.phase === 'question' && round && state.round) {
    return { ...base, screen: 'question', round, answered: state.round.answered, expected: state.round.expected, players: activePlayers(state).length };
  }
  if (state.phase === 'reveal' && round && reveal) {
    return {
      ...base, screen: 'reveal', round, reveal,
      leaderboard: standings(state, LEADERBOARD_SIZE),
      isLast: state.index + 1 >= state.questions.length,
      autoAdvanceMs: ctx.autoAdvanceMs,
    };
  }
  const players = activePlayers(state).map((p) => ({ id: p.id, nickname: p.nickname, connected: p.connected }));
  return { ...base, screen: 'lobby', locked: state.locked, players, lanOrigin: ctx.lanOrigin };
}

/** The screen every player sees when a round opens: one broadcast for the room. */
export function questionScreen(state: GameState, ctx: ViewContext): PlayerScreen | null {
  const round = roundView(state, ctx, 'player');
  return round && state.phase === 'question' ? { screen: 'question', round, picked: null } : null;
}

export function playerScreen(state: GameState, ctx: ViewContext, player: PlayerState): PlayerScreen {
  if (player.kicked) return { screen: 'removed', message: 'The host removed you from this game.' };
  if (state.phase === 'ended') {
    return {
      screen: 'ended', gameId: ctx.gameId, rank: player.rank ?? activePlayers(state).length, score: player.score,
      correctCount: player.correctCount, questions: state.index + 1, players: activePlayers(state).length,
    };
  }
  const round = roundView(state, ctx, 'player');
  if (state.phase === 'question' && round) {
    return { screen: 'question', round, picked: state.round?.answers[player.id]?.optionIds ?? null };
  }
  const reveal = revealView(state);
  const result = state.lastRound?.results[player.id];
  if (state.phase === 'reveal' && round && reveal && result) {
    const answer = result.answer;
    return {
      screen: 'reveal', round, reveal,
      you: {
        outcome: !answer ? 'timeout' : answer.correct ? 'correct' : 'incorrect',
        pickedOptionIds: answer?.optionIds ?? [],
        points: answer?.correct ? answer.points : 0,
        bonus: answer?.correct ? answer.bonus : 0,
        streak: result.streak,
        score: result.score,
        rank: result.rank,
      },
    };
  }
  // In the lobby, or a player who joined while a round was being revealed.
  return { screen: 'lobby', code: ctx.code, started: state.phase !== 'lobby' };
}
