import { buildReport, type AnswerRow, type GameReport, type GameRows, type PlayerRow, type RoundRow } from '../results/report';
import { buildReview, type Review } from '../results/review';
import type { Db } from './db';
import { attemptOf, caseStudyOf, confidenceOf, questionType } from './question-rows';

/** Reads a game's stored rows for its report and its players' reviews. */

export async function loadGameRows(db: Db, gameId: string): Promise<GameRows | null> {
  const game = await db.game.findUnique({
    where: { id: gameId },
    select: {
      id: true, code: true, status: true, createdAt: true, startedAt: true, endedAt: true,
      bank: { select: { title: true } },
      rounds: {
        orderBy: { index: 'asc' },
        select: {
          id: true, index: true, optionOrder: true, openedAt: true, closedAt: true, timeLimitMs: true,
          question: {
            select: {
              type: true, section: true, caseTitle: true, caseScenario: true, stem: true, select: true, explanation: true, whyNot: true,
              options: { orderBy: { position: 'asc' }, select: { id: true, text: true, correct: true, match: true, note: true } },
              links: { orderBy: { position: 'asc' }, select: { title: true, url: true } },
            },
          },
        },
      },
      // Join order is the tie-break, as on the podium: the stored position, not joinedAt, which two joins can share.
      players: { orderBy: { joinOrder: 'asc' }, select: { id: true, nickname: true, kicked: true, joinOrder: true } },
    },
  });
  if (!game) return null;
  // Only rounds closed in the read above count, so a round closing meanwhile cannot half-appear.
  const closed = game.rounds.filter((r) => r.closedAt !== null).map((r) => r.id);
  const answers = await db.answer.findMany({
    where: { roundId: { in: closed } },
    select: { roundId: true, playerId: true, attempt: true, optionIds: true, text: true, correct: true, confidence: true, responseMs: true, points: true },
  });
  const { bank, rounds, players, ...rest } = game;
  return {
    game: { ...rest, bankTitle: bank.title },
    rounds: rounds.map((r): RoundRow => ({
      id: r.id, index: r.index, optionOrder: r.optionOrder, openedAt: r.openedAt, closedAt: r.closedAt, timeLimitMs: r.timeLimitMs,
      question: {
        type: questionType(r.question.type), section: r.question.section, caseStudy: caseStudyOf(r.question),
        stem: r.question.stem, select: r.question.select,
        explanation: r.question.explanation, whyNot: r.question.whyNot,
        options: r.question.options.map(({ id, text, correct, match, note }) => ({ id, text, correct, match, note })),
        links: r.question.links.map(({ title, url }) => ({ title, url })),
      },
    })),
    players: players.map(({ id, nickname, kicked, joinOrder }): PlayerRow => ({ id, nickname, kicked, joinOrder })),
    answers: answers.map(({ roundId, playerId, attempt, optionIds, text, correct, confidence, responseMs, points }): AnswerRow => ({ roundId, playerId, attempt: attemptOf(attempt), optionIds, text, correct, confidence: confidenceOf(confidence), responseMs, points })),
  };
}

export async function gameReport(db: Db, gameId: string): Promise<GameReport | null> {
  const rows = await loadGameRows(db, gameId);
  return rows && buildReport(rows);
}

export type ReviewResult =
  | { ok: true; review: Review }
  | { ok: false; reason: 'no_game' | 'not_a_player' | 'removed' };

/**
 * A player's own answers, for the holder of their token (stored as its hash)
 * only. The token is checked first: a stranger's request reads one row, not the game.
 */
export async function playerReview(db: Db, gameId: string, tokenHash: string): Promise<ReviewResult> {
  const player = await db.player.findUnique({ where: { tokenHash }, select: { id: true, gameId: true, kicked: true } });
  if (!player || player.gameId !== gameId) {
    const game = await db.game.findUnique({ where: { id: gameId }, select: { id: true } });
    return { ok: false, reason: game ? 'not_a_player' : 'no_game' };
  }
  if (player.kicked) return { ok: false, reason: 'removed' };
  const rows = await loadGameRows(db, gameId);
  if (!rows) return { ok: false, reason: 'no_game' };
  const review = buildReview(buildReport(rows), player.id);
  return review ? { ok: true, review } : { ok: false, reason: 'removed' };
}
