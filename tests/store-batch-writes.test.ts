import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { newGame } from '../server/game/engine';
import type { GameEvent } from '../server/game/types';
import type { AnswerRow } from '../server/results/report';
import { persistEvents } from '../server/store/game-events';
import * as games from '../server/store/games';
import { LeaseLost } from '../server/store/leases';
import { useTestDb } from './support/db';
import { question } from './support/game-questions';

// A batch's joins and answers are stored by one raw statement each (games.ts): the rows must be
// what Prisma's createMany wrote before, column for column, and roll back with the batch.

const db = useTestDb();

/** A game with two rounds on a one-question bank. */
async function gameWithRounds(label: string) {
  const bank = await db.bank.create({ data: { slug: `batch-${label}`, version: 1, title: 'B', description: 'd', sourceName: `${label}.md`, contentHash: label } });
  const q = await db.question.create({ data: { bankId: bank.id, position: 0, section: 'S', stem: 'Q?', select: 1, explanation: 'E', whyNot: [], line: 1 } });
  const id = `g-${label}-${randomUUID()}`;
  const roundIds = await games.createGame(db, {
    id, code: String(100000 + Math.floor(Math.random() * 899999)), bankId: bank.id, groupId: null, hostTokenHash: `h-${id}`, hostDeviceHash: 'd', settings: {},
    rounds: [0, 1].map((index) => ({ index, questionId: q.id, timeLimitMs: 20_000, readMs: 0, optionOrder: [] })),
  });
  return { id, roundIds };
}

const newPlayers = (gameId: string): games.NewPlayer[] =>
  ['Ada', 'bob O\'Neil', 'Zoë, "the" {best}', 'Émile\\n'].map((nickname, joinOrder) => ({
    id: randomUUID(), gameId, nickname, tokenHash: `t-${randomUUID()}`, deviceHash: joinOrder % 2 === 0 ? `d-${joinOrder}` : null, memberId: null, joinOrder, // a phone may send no device id
  }));

const answersFor = (roundId: string, playerIds: string[]): AnswerRow[] => [
  { roundId, playerId: playerIds[0]!, attempt: 1, optionIds: ['o2', 'o0'], text: null, correct: false, confidence: 'sure', responseMs: 1169.5122760000013, points: -600 },
  { roundId, playerId: playerIds[1]!, attempt: 1, optionIds: [], text: 'Amazon S3, "Glacier" {tier} \\ ñ', correct: true, confidence: 'guessing', responseMs: 2.5, points: 1100 },
  { roundId, playerId: playerIds[2]!, attempt: 1, optionIds: ['bank-a,b', 'bank-"c"', 'NULL'], text: null, correct: true, confidence: 'unsure', responseMs: 3.5, points: 1000 },
  { roundId, playerId: playerIds[3]!, attempt: 1, optionIds: ['x'], text: '', correct: false, confidence: null, responseMs: 19_999.49, points: 0 },
];

test('a batch of joins is stored as createMany stored it', async () => {
  const [before, after] = [await gameWithRounds('players-prisma'), await gameWithRounds('players-raw')];
  const [reference, raw] = [newPlayers(before.id), newPlayers(after.id)];
  const started = Date.now();
  await db.player.createMany({ data: reference.map((p) => ({ ...p, nicknameKey: p.nickname.toLowerCase() })) });
  await db.$transaction((tx) => games.addPlayers(tx, raw));

  const read = (gameId: string) => db.player.findMany({ where: { gameId }, orderBy: { joinOrder: 'asc' } });
  const [expected, stored] = [await read(before.id), await read(after.id)];
  const comparable = ({ id: _id, gameId: _game, tokenHash: _token, joinedAt: _at, ...rest }: (typeof stored)[number]) => rest;
  expect(stored.map(comparable)).toEqual(expected.map(comparable));
  expect(stored.map((p) => [p.id, p.tokenHash])).toEqual(raw.map((p) => [p.id, p.tokenHash]));
  expect(stored.map((p) => p.nicknameKey)).toEqual(['ada', 'bob o\'neil', 'zoë, "the" {best}', 'émile\\n']);
  for (const p of [...expected, ...stored]) expect(Math.abs(p.joinedAt.getTime() - started)).toBeLessThan(60_000); // both in UTC
});

test('a batch of answers is stored as createMany stored it: option ids in order, typed text, duplicates skipped', async () => {
  const [before, after] = [await gameWithRounds('answers-prisma'), await gameWithRounds('answers-raw')];
  const ids = async (gameId: string) => {
    const players = newPlayers(gameId);
    await db.$transaction((tx) => games.addPlayers(tx, players));
    return players.map((p) => p.id);
  };
  const reference = answersFor(before.roundIds[0]!, await ids(before.id));
  const raw = answersFor(after.roundIds[0]!, await ids(after.id));
  const started = Date.now();
  await db.answer.createMany({ data: reference, skipDuplicates: true });
  await db.$transaction((tx) => games.saveAnswers(tx, raw));
  await db.$transaction((tx) => games.saveAnswers(tx, [{ ...raw[0]!, optionIds: ['o1'], points: 999 }])); // a retried write: a no-op

  const read = async (roundId: string) => {
    const rows = await db.answer.findMany({ where: { roundId }, include: { player: { select: { joinOrder: true } } } });
    return rows.sort((a, b) => a.player.joinOrder - b.player.joinOrder);
  };
  const [expected, stored] = [await read(before.roundIds[0]!), await read(after.roundIds[0]!)];
  const comparable = ({ id: _id, roundId: _round, playerId: _player, createdAt: _at, ...rest }: (typeof stored)[number]) => rest;
  expect(stored.map(comparable)).toEqual(expected.map(comparable));
  expect(stored.map(({ playerId, optionIds, text }) => ({ playerId, optionIds, text }))).toEqual(raw.map(({ playerId, optionIds, text }) => ({ playerId, optionIds, text })));
  expect(new Set(stored.map((a) => a.id)).size).toBe(4);
  expect(stored.map((a) => a.responseMs)).toEqual([1169, 2, 3, 19_999]); // the engine measures fractions of a ms
  for (const a of [...expected, ...stored]) expect(Math.abs(a.createdAt.getTime() - started)).toBeLessThan(60_000);
});

test('a fenced batch another node took over stores none of its joins and answers', async () => {
  const game = await gameWithRounds('fenced');
  await db.gameLease.create({ data: { gameId: game.id, owner: 'node-b', epoch: 2, expiresAt: new Date(Date.now() + 60_000) } });
  const state = newGame([question('q1')]);
  const player = { id: randomUUID(), nickname: 'Late', score: 0, streak: 0, correctCount: 0, connected: true, kicked: false, rank: null, previousRank: null };
  const answer = { optionIds: ['b'], text: null, responseMs: 10, correct: true, confidence: null, points: 999, bonus: 0 };
  const events: GameEvent[] = [
    { type: 'playerJoined', player, position: 0 },
    { type: 'answerAccepted', playerId: player.id, index: 0, answer, answered: 1, expected: 1 },
  ];
  const keys = { gameId: game.id, roundIds: game.roundIds };
  const happened = events.map((event) => ({ event, tokenHash: `t-${player.id}` }));

  await expect(persistEvents(db, { ...keys, fence: { owner: 'node-a', epoch: 1 } }, happened, state)).rejects.toBeInstanceOf(LeaseLost);
  expect(await db.player.count({ where: { gameId: game.id } })).toBe(0);
  expect(await db.answer.count({ where: { roundId: game.roundIds[0]! } })).toBe(0);

  await persistEvents(db, { ...keys, fence: { owner: 'node-b', epoch: 2 } }, happened, state); // the owner's batch goes in
  expect(await db.answer.findMany({ where: { roundId: game.roundIds[0]! }, select: { playerId: true, optionIds: true, points: true } }))
    .toEqual([{ playerId: player.id, optionIds: ['bank-b'], points: 999 }]);
});

test("a round's close stores its timestamps and every player's totals in one statement, updating the players in place", async () => {
  const { id, roundIds } = await gameWithRounds('close');
  const players = Array.from({ length: 300 }, (_, joinOrder): games.NewPlayer => ({ id: randomUUID(), gameId: id, nickname: `P${joinOrder}`, tokenHash: `t-${randomUUID()}`, deviceHash: null, memberId: null, joinOrder }));
  await db.$transaction((tx) => games.addPlayers(tx, players));
  await games.openRound(db, id, roundIds[0]!, true);
  const totals = players.map((p, i) => ({ id: p.id, score: i * 10, streak: i % 3, correctCount: i % 2 }));

  // Each close in its own transaction, as in a game, whose own counters say how Postgres updated the rows.
  const closeCountingInPlace = (index: number, scores: typeof totals) =>
    db.$transaction(async (tx) => {
      await games.closeRound(tx, id, roundIds[index]!, scores);
      const [row] = await tx.$queryRaw<{ hot: bigint }[]>`SELECT pg_stat_get_xact_tuples_hot_updated('"Player"'::regclass) AS hot`;
      return Number(row!.hot);
    });
  expect(await closeCountingInPlace(0, totals), 'round 1: player rows updated in place, of 300').toBeGreaterThanOrEqual(285);
  await games.openRound(db, id, roundIds[1]!, false);
  expect(await closeCountingInPlace(1, totals.map((t) => ({ ...t, score: t.score + 1 }))), 'round 2: player rows updated in place, of 300').toBeGreaterThanOrEqual(285);

  const stored = await db.player.findMany({ where: { gameId: id }, orderBy: { joinOrder: 'asc' } });
  expect(stored.map((p) => [p.score, p.streak, p.correctCount])).toEqual(totals.map((t) => [t.score + 1, t.streak, t.correctCount]));
  const game = await db.game.findUniqueOrThrow({ where: { id }, include: { rounds: { orderBy: { index: 'asc' } } } });
  expect(game.status).toBe('reveal');
  expect(game.startedAt).not.toBeNull();
  for (const round of game.rounds) {
    expect(round.openedAt, `round ${round.index} opened`).not.toBeNull();
    expect(Math.abs(round.closedAt!.getTime() - Date.now())).toBeLessThan(60_000); // in UTC, as Prisma writes
  }
});
