// Test helper: what Postgres would hold of a game played with game-driver.ts, for the restore tests.
import { answerOf, playerOf } from '../../server/game/engine';
import { storedIds } from '../../server/game/question-types';
import type { StoredGame } from '../../server/game/restore';
import type { Driver } from './game-driver';

/** What Postgres would hold for the game this driver played: bank ids, stored totals, stored answers. */
export function storedGame(game: Driver): StoredGame {
  const { state } = game;
  const answers = game.log.flatMap((e) => (e.type === 'answerAccepted' ? [e] : []));
  return {
    status: state.phase === 'lobby' ? 'lobby' : state.phase === 'question' ? 'question' : 'reveal',
    scoring: state.scoring,
    askConfidence: state.askConfidence,
    locked: state.locked,
    bans: state.bans ?? [],
    players: state.joinOrder.map((id) => {
      const { nickname, score, streak, correctCount, kicked } = playerOf(state, id)!;
      return { id, nickname, score, streak, correctCount, kicked };
    }),
    rounds: state.questions.map((q, index) => {
      return {
        index,
        question: { ...q, options: q.options.map((o) => ({ id: o.sourceId, text: o.text, correct: o.correct, position: o.position, match: o.match, note: o.note })) },
        timeLimitMs: q.timeLimitMs,
        readMs: q.readMs,
        optionOrder: q.options.map((o) => o.sourceId),
        openedMsAgo: index > state.index ? null : game.now - (state.round?.openedAt ?? game.now), // the open round's; a closed one's does not matter
        closed: index < state.index || (index === state.index && state.phase !== 'question'),
        answers: answers
          .filter((a) => a.index === index && !(state.round?.index === index && !answerOf(state.round, a.playerId)))
          .map((a) => ({ playerId: a.playerId, optionIds: storedIds(q, a.answer.optionIds), text: a.answer.text, correct: a.answer.correct, confidence: a.answer.confidence, responseMs: a.answer.responseMs, points: a.answer.points })),
      };
    }),
  };
}
