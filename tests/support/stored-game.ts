// Test helper: what Postgres would hold of a game played with game-driver.ts, for the restore tests.
import { playerOf } from '../../server/game/engine';
import { storedIds } from '../../server/game/question-types';
import type { StoredGame, StoredRound } from '../../server/game/restore';
import { entriesOf } from '../../server/game/shards';
import type { AcceptedAnswer, GameQuestion } from '../../server/game/types';
import type { Driver } from './game-driver';

/** What Postgres would hold for the game this driver played: bank ids, stored totals, stored answers. */
export function storedGame(game: Driver): StoredGame {
  const { state } = game;
  const answers = game.log.flatMap((e) => (e.type === 'answerAccepted' ? [e] : []));
  return {
    status: state.phase === 'lobby' || state.phase === 'question' || state.phase === 'held' ? state.phase : 'reveal',
    scoring: state.scoring,
    askConfidence: state.askConfidence,
    holdSplit: state.holdSplit ?? false,
    locked: state.locked,
    bans: state.bans ?? [],
    players: state.joinOrder.map((id) => {
      const { nickname, score, streak, correctCount, kicked } = playerOf(state, id)!;
      return { id, nickname, score, streak, correctCount, kicked };
    }),
    rounds: state.questions.map((q, index) => {
      const current = state.round?.index === index ? state.round : null; // open or held: its answers as they stand (a kicked player's gone)
      const logged = answers.filter((a) => a.index === index).map((a) => ({ playerId: a.playerId, attempt: a.attempt === 2 ? (2 as const) : (1 as const), answer: a.answer }));
      const given = current
        ? [...(current.first ? rows(current.first, 1) : []), ...rows(current.answers, current.attempt === 2 ? 2 : 1)]
        : logged;
      return {
        index,
        question: { ...q, options: q.options.map((o) => ({ id: o.sourceId, text: o.text, correct: o.correct, position: o.position, match: o.match, note: o.note })) },
        timeLimitMs: q.timeLimitMs,
        readMs: q.readMs,
        optionOrder: q.options.map((o) => o.sourceId),
        openedMsAgo: index > state.index ? null : game.now - (state.round?.openedAt ?? game.now), // the open round's; a closed one's does not matter
        closed: index < state.index || (index === state.index && !current),
        held: state.phase === 'held' && current !== null,
        revote: game.log.some((e) => e.type === 'roundOpened' && e.index === index && e.attempt === 2),
        answers: given.map(({ playerId, attempt, answer }) => storedAnswer(q, playerId, attempt, answer)),
      };
    }),
  };
}

function rows(answers: Parameters<typeof entriesOf<AcceptedAnswer>>[0], attempt: 1 | 2) {
  return entriesOf(answers).map(([playerId, answer]) => ({ playerId, attempt, answer }));
}

function storedAnswer(q: GameQuestion, playerId: string, attempt: 1 | 2, a: AcceptedAnswer): StoredRound['answers'][number] {
  return { playerId, attempt, optionIds: storedIds(q, a.optionIds), text: a.text, correct: a.correct, confidence: a.confidence, responseMs: a.responseMs, points: a.points };
}
