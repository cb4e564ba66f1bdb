import type { StoredGame } from '../game/restore';
import type { Db } from './db';
import { attemptOf, caseStudyOf, confidenceOf, questionType } from './question-rows';

/** What a restored game's room needs to know of a player beyond the engine's state. */
export interface RestoredPlayer {
  id: string;
  tokenHash: string;
  /** the hashed device the phone joined from, if it sent one */
  deviceHash: string | null;
}

export interface UnfinishedGame {
  id: string;
  code: string;
  hostTokenHash: string;
  createdAt: Date;
  settings: unknown;
  roundIds: string[];
  /** in join order, so their phones can resume and the devices of the kicked stay out */
  players: RestoredPlayer[];
  /** the scoring rule, whether it asks for confidence and whether it holds splits are in the settings */
  stored: Omit<StoredGame, 'scoring' | 'askConfidence' | 'holdSplit'>;
}

/** Every game a previous process was hosting when it stopped (or just `gameId`, when a node takes it over), with all it stored. */
export async function loadUnfinishedGames(db: Db, gameId?: string): Promise<UnfinishedGame[]> {
  const games = await db.game.findMany({
    where: { status: { not: 'ended' }, ...(gameId ? { id: gameId } : {}) },
    include: {
      players: { orderBy: { joinOrder: 'asc' } },
      rounds: {
        orderBy: { index: 'asc' },
        include: {
          answers: true,
          question: { include: { options: true, links: { orderBy: { position: 'asc' } } } },
        },
      },
    },
  });
  // A round's openedAt is the database's time: how long ago is measured on the same clock.
  const [{ nowMs }] = await db.$queryRaw<[{ nowMs: number }]>`SELECT (extract(epoch FROM now()) * 1000)::float8 AS "nowMs"`;
  return games.map((game) => ({
    id: game.id,
    code: game.code,
    hostTokenHash: game.hostTokenHash,
    createdAt: game.createdAt,
    settings: game.settings,
    roundIds: game.rounds.map((r) => r.id),
    players: game.players.map(({ id, tokenHash, deviceHash }) => ({ id, tokenHash, deviceHash })),
    stored: {
      status: game.status as StoredGame['status'],
      locked: game.locked,
      bans: game.bans,
      players: game.players.map(({ id, nickname, score, streak, correctCount, kicked }) => ({ id, nickname, score, streak, correctCount, kicked })),
      rounds: game.rounds.map((r) => ({
        index: r.index,
        timeLimitMs: r.timeLimitMs,
        readMs: r.readMs,
        optionOrder: r.optionOrder,
        // Whole ms, as every other time of the game: now() has microseconds.
        openedMsAgo: r.openedAt === null ? null : Math.max(0, Math.round(nowMs - r.openedAt.getTime())),
        closed: r.closedAt !== null,
        held: r.heldAt !== null,
        revote: r.revoteAt !== null,
        answers: r.answers.map(({ playerId, attempt, optionIds, text, correct, confidence, responseMs, points }) => ({
          playerId, attempt: attemptOf(attempt), optionIds, text, correct, confidence: confidenceOf(confidence), responseMs, points,
        })),
        question: {
          id: r.question.id,
          type: questionType(r.question.type),
          section: r.question.section,
          caseStudy: caseStudyOf(r.question),
          stem: r.question.stem,
          select: r.question.select,
          explanation: r.question.explanation,
          whyNot: r.question.whyNot,
          links: r.question.links.map(({ title, url }) => ({ title, url })),
          options: r.question.options.map(({ id, text, correct, position, match, note }) => ({ id, text, correct, position, match, note })),
        },
      })),
    },
  }));
}
