import pg from 'pg';
import { expect, inject, test } from 'vitest';
import { RESTARTING } from '../server/realtime/gate';
import { settleRooms } from '../server/realtime/shutdown';
import { useTestDb } from './support/db';
import { ask, next, startRealtimeServer, type TestClient } from './support/realtime-server';

// Shutdown with the database stalled for longer than it may wait (issue 18, item 7): no queued answer is left
// without a reply. The batch being written is acknowledged once stored; those queued behind it are refused, and
// were not stored; any command after that is refused too.

const db = useTestDb();
const server = await startRealtimeServer(db);

test('stalled past the budget: the batch being written is acknowledged, the answers queued behind it refused', async () => {
  const { host, gameId, hostToken, code } = await server.hostCreates({ count: 1 });
  const phones: Awaited<ReturnType<typeof server.phoneJoins>>[] = [];
  for (let i = 0; i < 20; i++) phones.push(await server.phoneJoins(code, `Phone ${i}`));
  const questions = phones.map(({ phone }) => next(phone, 'player:screen', (s) => s.screen === 'question'));
  await ask(host, 'host:start', { gameId, hostToken });
  await Promise.all(questions);

  const stall = new pg.Client({ connectionString: inject('databaseUrl') });
  await stall.connect();
  await stall.query('BEGIN');
  await stall.query('LOCK TABLE "Answer" IN ACCESS EXCLUSIVE MODE');
  const answer = ({ phone }: { phone: TestClient }) => ask(phone, 'player:answer', { index: 0, optionIds: ['o0'] });
  const first = answer(phones[0]!); // its batch waits on the lock
  await new Promise((resolve) => setTimeout(resolve, 200));
  const behind = phones.slice(1).map(answer); // queued behind it
  await new Promise((resolve) => setTimeout(resolve, 200));

  const settled = settleRooms(server.rooms, 500);
  expect(await Promise.all(behind)).toEqual(phones.slice(1).map(() => RESTARTING)); // while the database still stalls
  expect(await answer(phones[1]!)).toEqual(RESTARTING); // and anything after
  await stall.query('COMMIT');
  await stall.end();
  await settled;

  expect(await first).toMatchObject({ ok: true });
  const stored = await db.answer.findMany({ where: { round: { gameId: gameId as string } }, select: { playerId: true } });
  expect(stored).toEqual([{ playerId: phones[0]!.playerId }]);
}, 60_000);
