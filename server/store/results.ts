import { buildReport, type GameReport, type GameRows } from '../results/report';
import { buildReview, type Review } from '../results/review';
import type { Db } from './db';

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
          id: true, index: true, optionOrder: true, openedAt: true, closedAt: true,
          question: {
            select: {
              section: true, stem: true, select: true, explanation: true, whyNot: true,
              options: { orderBy: { position: 'asc' }, select: { id: true, text: true, correct: true } },
              links: { orderBy: { position: 'asc' }, select: { title: true, url: true } },
            },
          },
        },
      },
      // Join order is the tie-break; joins are stored one at a time, so joinedAt keeps it (id settles a same-millisecond pair).
      players: { orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }], select: { id: true, nickname: true, kicked: true } },
    },
  });
  if (!game) return null;
  // Only rounds closed in the read above count, so a round closing meanwhile cannot half-appear.
  const closed = game.rounds.filter((r) => r.closedAt !== null).map((r) => r.id);
  const answers = await db.answer.findMany({
    where: { roundId: { in: closed } },
    select: { roundId: true, playerId: true, optionIds: true, correct: true, responseMs: true, points: true },
  });
  const { bank, rounds, players, ...rest } = game;
  return { game: { ...rest, bankTitle: bank.title }, rounds, players, answers };
}

export async function gameReport(db: Db, gameId: string): Promise<GameReport | null> {
  const rows = await loadGameRows(db, gameId);
  return rows && buildReport(rows);
}

export type ReviewResult =
  | { ok: true; review: Review }
  | { ok: false; reason: 'no_game' | 'not_a_player' | 'removed' };

/** A player's own answers, for the holder of their token (stored as its hash) only. */
export async function playerReview(db: Db, gameId: string, tokenHash: string): Promise<ReviewResult> {
  const rows = await loadGameRows(db, gameId);
  if (!rows) return { ok: false, reason: 'no_game' };
  const player = await db.player.findUnique({ where: { tokenHash }, select: { id: true, gameId: true } });
  if (!player || player.gameId !== gameId) return { ok: false, reason: 'not_a_player' };
  const review = buildReview(buildReport(rows), player.id);
  return review ? { ok: true, review } : { ok: false, reason: 'removed' };
}
