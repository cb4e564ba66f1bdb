import { randomUUID } from 'node:crypto';
import { nicknameKey } from '../game/engine';
import type { AnswerRow } from '../results/report';
import type { Db } from './db';
import { Prisma } from './generated/client';

/**
 * Writes of a live game. Each is awaited before the realtime layer acknowledges
 * or reveals anything, so what players were told is what is stored. The writes
 * of one batch of commands run in one transaction (see game-events.ts): `Tx`.
 */

export type Tx = Prisma.TransactionClient;

/** now() as Prisma writes @default(now()) into a timestamp column: in UTC, whatever the session's time zone. */
const UTC_NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

export interface NewRound {
  index: number;
  questionId: string;
  timeLimitMs: number;
  readMs: number;
  optionOrder: string[];
}

export interface NewGame {
  id: string;
  code: string;
  bankId: string;
  /** hosted in a study group: its members' answers count for their memory */
  groupId: string | null;
  hostTokenHash: string;
  hostDeviceHash: string;
  settings: Prisma.InputJsonValue;
  rounds: NewRound[];
}

/** Creates the game and its planned rounds; returns the round ids by index. Throws P2002 when the code is live already. */
export async function createGame(db: Db, game: NewGame): Promise<string[]> {
  const { rounds, ...fields } = game;
  const stored = [...rounds].sort((a, b) => a.index - b.index).map((round) => ({ id: randomUUID(), ...round }));
  await db.$transaction(async (tx) => {
    await tx.game.create({ data: { ...fields, liveCode: game.code, status: 'lobby' } });
    // One statement of one shape for every game: a nested create's query plan depends on each round's
    // option count, so every shuffled game compiled and cached a plan of its own (about 100 KB each).
    await tx.$executeRaw`
      INSERT INTO "Round" (id, "gameId", index, "questionId", "timeLimitMs", "readMs", "optionOrder")
      SELECT r.id, ${game.id}, r.index, r."questionId", r."timeLimitMs", r."readMs", r."optionOrder"
      FROM json_to_recordset(${JSON.stringify(stored)}::json) AS r(id text, index int, "questionId" text, "timeLimitMs" int, "readMs" int, "optionOrder" text[])`;
  });
  return stored.map((round) => round.id);
}

export interface NewPlayer {
  id: string;
  gameId: string;
  nickname: string;
  tokenHash: string;
  /** hash of the device the phone joined from, if it sent one */
  deviceHash: string | null;
  /** joined with a study group's member key */
  memberId: string | null;
  joinOrder: number;
}

/**
 * One INSERT for the players a batch let in, in join order. One raw statement of
 * one shape whatever the batch size: createMany compiled and cached a query plan
 * for every row count it met, which cost more CPU than the insert itself.
 */
export async function addPlayers(db: Tx, players: NewPlayer[]): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "Player" ("id", "gameId", "nickname", "nicknameKey", "tokenHash", "deviceHash", "memberId", "joinOrder", "joinedAt")
    SELECT p.id, p."gameId", p.nickname, p."nicknameKey", p."tokenHash", p."deviceHash", p."memberId", p."joinOrder", ${UTC_NOW}
    FROM unnest(${players.map((p) => p.id)}::text[], ${players.map((p) => p.gameId)}::text[], ${players.map((p) => p.nickname)}::text[],
                ${players.map((p) => nicknameKey(p.nickname))}::text[], ${players.map((p) => p.tokenHash)}::text[],
                ${players.map((p) => p.deviceHash)}::text[], ${players.map((p) => p.memberId)}::text[], ${players.map((p) => p.joinOrder)}::int[])
      WITH ORDINALITY AS p(id, "gameId", nickname, "nicknameKey", "tokenHash", "deviceHash", "memberId", "joinOrder", n)
    ORDER BY p.n`;
}

/** A kicked player's answer to the open round no longer counts, in the report as in the game. */
export async function kickPlayer(db: Tx, playerId: string, openRoundId: string | undefined): Promise<void> {
  await db.player.update({ where: { id: playerId }, data: { kicked: true } });
  if (openRoundId) await db.answer.deleteMany({ where: { playerId, roundId: openRoundId } });
}

/** The host's new ban pattern, after those before it: a restored game refuses it too. */
export function addBan(db: Tx, gameId: string, pattern: string) {
  return db.game.update({ where: { id: gameId }, data: { bans: { push: pattern } } });
}

export function setLocked(db: Tx, gameId: string, locked: boolean) {
  return db.game.update({ where: { id: gameId }, data: { locked } });
}

/** Opens the round and puts the game in its question phase (started, on the first): one statement. */
export async function openRound(db: Tx, gameId: string, roundId: string, first: boolean) {
  await db.$executeRaw`
    WITH opened AS (UPDATE "Round" SET "openedAt" = ${UTC_NOW} WHERE "id" = ${roundId})
    UPDATE "Game" SET "status" = 'question', "startedAt" = CASE WHEN ${first} THEN ${UTC_NOW} ELSE "startedAt" END
    WHERE "id" = ${gameId}`;
}

/**
 * One INSERT for a batch of answers, in arrival order; one answer per player per
 * round and vote, so a retried write is a no-op. Raw for the reason addPlayers is; each
 * answer's option ids travel as a JSON array (unnest cannot take ragged arrays),
 * and its response time, measured in fractions of a ms, is cut to whole ms as
 * createMany cut it.
 */
export async function saveAnswers(db: Tx, answers: AnswerRow[]): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "Answer" ("id", "roundId", "playerId", "attempt", "optionIds", "text", "correct", "confidence", "responseMs", "points", "createdAt")
    SELECT gen_random_uuid()::text, a."roundId", a."playerId", a.attempt,
           ARRAY(SELECT o.id FROM json_array_elements_text(a."optionIds"::json) WITH ORDINALITY AS o(id, n) ORDER BY o.n),
           a.text, a.correct, a.confidence, a."responseMs", a.points, ${UTC_NOW}
    FROM unnest(${answers.map((a) => a.roundId)}::text[], ${answers.map((a) => a.playerId)}::text[], ${answers.map((a) => a.attempt)}::int[],
                ${answers.map((a) => JSON.stringify(a.optionIds))}::text[], ${answers.map((a) => a.text)}::text[],
                ${answers.map((a) => a.correct)}::boolean[], ${answers.map((a) => a.confidence)}::text[],
                ${answers.map((a) => Math.trunc(a.responseMs))}::int[], ${answers.map((a) => a.points)}::int[])
      WITH ORDINALITY AS a("roundId", "playerId", attempt, "optionIds", text, correct, confidence, "responseMs", points, n)
    ORDER BY a.n
    ON CONFLICT ("roundId", "playerId", "attempt") DO NOTHING`;
}

/** The round's first vote split the room: held for the host, the game's status says so (one statement). */
export async function holdRound(db: Tx, gameId: string, roundId: string) {
  await db.$executeRaw`
    WITH held AS (UPDATE "Round" SET "heldAt" = ${UTC_NOW} WHERE "id" = ${roundId})
    UPDATE "Game" SET "status" = 'held' WHERE "id" = ${gameId}`;
}

/** The host opened the held round's second vote (one statement). */
export async function openRevote(db: Tx, gameId: string, roundId: string) {
  await db.$executeRaw`
    WITH reopened AS (UPDATE "Round" SET "revoteAt" = ${UTC_NOW} WHERE "id" = ${roundId})
    UPDATE "Game" SET "status" = 'question' WHERE "id" = ${gameId}`;
}

export interface PlayerTotals {
  id: string;
  score: number;
  streak: number;
  correctCount: number;
}

/**
 * Closes the round, puts the game in its reveal and stores every player's totals:
 * one statement whatever the room size, since the reveal waits for it.
 */
export async function closeRound(db: Tx, gameId: string, roundId: string, totals: PlayerTotals[]): Promise<void> {
  await db.$executeRaw`
    WITH closed AS (UPDATE "Round" SET "closedAt" = ${UTC_NOW} WHERE "id" = ${roundId}),
         revealed AS (UPDATE "Game" SET "status" = 'reveal' WHERE "id" = ${gameId})
    UPDATE "Player" AS p SET "score" = t.score, "streak" = t.streak, "correctCount" = t.correct
    FROM unnest(${totals.map((t) => t.id)}::text[], ${totals.map((t) => t.score)}::int[],
                ${totals.map((t) => t.streak)}::int[], ${totals.map((t) => t.correctCount)}::int[])
      AS t(id, score, streak, correct)
    WHERE p."id" = t.id AND p."gameId" = ${gameId}`;
}

/** Ends the game and frees its room code for another game. */
export function endGame(db: Tx, gameId: string) {
  return db.game.update({ where: { id: gameId }, data: { status: 'ended', endedAt: new Date(), liveCode: null } });
}
