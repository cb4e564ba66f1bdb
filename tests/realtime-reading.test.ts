import { expect, test } from 'vitest';
import { readingMs } from '../server/game/reading';
import type { PlayerScreen } from '../common/protocol';
import { useTestDb } from './support/db';
import { ask, next, startRealtimeServer, type TestClient } from './support/realtime-server';

// "Time to read first": the question alone, then its options and the whole answer
// window. The server refuses answers while it is read, scores speed from the options,
// and a restart mid-reading reads on for the time left.

const db = useTestDb();

type Question = Extract<PlayerScreen, { screen: 'question' }>;

async function questionOn(phone: TestClient, opened: Promise<PlayerScreen>): Promise<Question> {
  const screen = await opened;
  if (screen.screen !== 'question') throw new Error(`expected a question, got ${screen.screen}`);
  return screen;
}

/** The option id of round `index`'s right answer, as the phones name it. */
async function rightOption(gameId: string, index: number, screen: Question): Promise<string> {
  const round = await db.round.findFirstOrThrow({ where: { gameId, index } });
  const right = (await db.option.findMany({ where: { id: { in: round.optionOrder } } })).find((o) => o.correct)!;
  return screen.round.options.find((o) => o.text === right.text)!.id;
}

test('host creates with reading on -> the question comes alone -> an early answer is refused -> one after the options counts from them', async () => {
  const server = await startRealtimeServer(db);
  const { host, gameId, hostToken, code } = await server.hostCreates({ readFirst: true });
  const ada = await server.phoneJoins(code, 'Ada');
  const opened = next(ada.phone, 'player:screen', (s) => s.screen === 'question');
  await ask(host, 'host:start', { gameId, hostToken });
  const screen = await questionOn(ada.phone, opened);

  const question = await db.question.findFirstOrThrow({ where: { rounds: { some: { gameId, index: 0 } } } });
  const readMs = readingMs(question.stem);
  expect(await db.round.findFirstOrThrow({ where: { gameId, index: 0 }, select: { readMs: true } })).toEqual({ readMs });
  // The options travel with the question (one broadcast), the phone shows them after the reading; the whole window follows it.
  expect(screen.round).toMatchObject({ readMs, readRemainingMs: readMs, remainingMs: 20_000, timeLimitMs: 20_000 });
  expect(screen.round.options.length).toBeGreaterThan(1);
  expect(JSON.stringify(screen)).not.toMatch(/correct/i); // no correct marks before the reveal

  const pick = await rightOption(gameId, 0, screen);
  server.clock.advance(readMs - 1);
  expect(await ask(ada.phone, 'player:answer', { index: 0, optionIds: [pick] })).toEqual({
    ok: false, code: 'still_reading', error: 'The answers are not open yet: read the question until its bar runs out.',
  });
  expect(await db.answer.count({ where: { round: { gameId } } })).toBe(0);

  server.clock.advance(1 + 2_000);
  expect(await ask(ada.phone, 'player:answer', { index: 0, optionIds: [pick] })).toEqual({ ok: true, data: { picked: [pick] } });
  expect(await db.answer.findFirstOrThrow({ where: { round: { gameId } }, select: { responseMs: true, points: true } })).toEqual({ responseMs: 2_000, points: 950 });
});

test('without the setting, the options open at once, as before', async () => {
  const server = await startRealtimeServer(db);
  const { host, gameId, hostToken, code } = await server.hostCreates();
  const ada = await server.phoneJoins(code, 'Ada');
  const opened = next(ada.phone, 'player:screen', (s) => s.screen === 'question');
  await ask(host, 'host:start', { gameId, hostToken });
  expect((await questionOn(ada.phone, opened)).round).toMatchObject({ readMs: 0, readRemainingMs: 0, remainingMs: 20_000 });
});

test('the server restarts mid-reading -> host and phone resume on the reading screen with the time left -> answers open after it', async () => {
  const before = await startRealtimeServer(db);
  const { host, gameId, hostToken, code } = await before.hostCreates({ readFirst: true });
  const ada = await before.phoneJoins(code, 'Ada');
  const opened = next(ada.phone, 'player:screen', (s) => s.screen === 'question');
  await ask(host, 'host:start', { gameId, hostToken });
  const { round: { readMs } } = await questionOn(ada.phone, opened);
  await before.stop(); // the process goes away while the question is being read

  const after = await startRealtimeServer(db, { restore: true });
  const newHost = await after.client();
  const hostScreen = next(newHost, 'host:screen');
  expect(await ask(newHost, 'host:resume', { gameId, hostToken })).toEqual({ ok: true, data: { code } });
  const shown = await hostScreen;
  if (shown.screen !== 'question') throw new Error(`expected the question still, got ${shown.screen}`);
  // Read on for what was left by the database's clock: a little less than the whole, never more.
  expect(shown.round.readRemainingMs).toBeGreaterThan(readMs - 3_000);
  expect(shown.round.readRemainingMs).toBeLessThanOrEqual(readMs);
  expect(shown.round.remainingMs).toBe(20_000);

  const adaAgain = await after.client();
  const resumed = next(adaAgain, 'player:screen', (s) => s.screen === 'question');
  expect(await ask(adaAgain, 'player:resume', { gameId, playerToken: ada.playerToken })).toMatchObject({ ok: true });
  const screen = await questionOn(adaAgain, resumed);
  expect(screen.round.readRemainingMs).toBe(shown.round.readRemainingMs);
  const pick = await rightOption(gameId, 0, screen);
  expect(await ask(adaAgain, 'player:answer', { index: 0, optionIds: [pick] })).toMatchObject({ ok: false, code: 'still_reading' });

  after.clock.advance(screen.round.readRemainingMs + 1_000);
  expect(await ask(adaAgain, 'player:answer', { index: 0, optionIds: [pick] })).toEqual({ ok: true, data: { picked: [pick] } });
  const reveal = next(newHost, 'host:screen', (s) => s.screen === 'reveal');
  await reveal; // Ada was the only one expected: her answer closes the round
  const stored = await db.answer.findFirstOrThrow({ where: { round: { gameId } }, select: { responseMs: true, correct: true } });
  expect(stored).toEqual({ responseMs: 1_000, correct: true });
});
