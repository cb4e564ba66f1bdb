import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { answersCsv } from '../server/results/exports';
import { gameReport } from '../server/store/results';
import { useTestDb } from './support/db';
import { ask, hostResumesToReveal, next, startRealtimeServer, type TestClient } from './support/realtime-server';

// Confidence on every answer, through the real realtime layer and Postgres: a
// player's confidence is stored with the answer, comes back after a restart,
// scores by the CBM table, and reaches nobody but that player, and only once
// the round has closed (the host gets a count of the sure and wrong); the
// report read back from Postgres counts each player's confident errors and
// lucky guesses, and the answers CSV says how sure each answer was.

const db = useTestDb();

/** Every frame a socket receives, as the text it came in. */
function frames(socket: TestClient): string[] {
  const seen: string[] = [];
  socket.onAny((_event, payload: unknown) => seen.push(JSON.stringify(payload)));
  return seen;
}

const said = (confidence: string) => `"confidence":"${confidence}"`;

test('certainty-based game: Ada sure and wrong, Bo guessing and right -> the server restarts mid-round -> stored, restored, scored -600 / +100, and private', async () => {
  const before = await startRealtimeServer(db);
  const { host, gameId, hostToken, code } = await before.hostCreates({ count: 2, scoring: 'certainty' });
  const [ada, bo, cy] = [await before.phoneJoins(code, 'Ada'), await before.phoneJoins(code, 'Bo'), await before.phoneJoins(code, 'Cy')];
  const [hostSaw, boSaw, cySaw] = [frames(host), frames(bo.phone), frames(cy.phone)];
  const opened = next(ada.phone, 'player:screen', (s) => s.screen === 'question');
  await ask(host, 'host:start', { gameId, hostToken });
  const question = await opened;
  if (question.screen !== 'question') throw new Error('expected a question');
  expect(question.round.askConfidence).toBe(true); // certainty-based scoring always asks

  const round = await db.round.findFirstOrThrow({ where: { gameId, index: 0 } });
  const options = await db.option.findMany({ where: { id: { in: round.optionOrder } } });
  const button = (correct: boolean) => question.round.options.find((o) => o.text === options.find((x) => x.correct === correct)!.text)!.id;
  before.clock.advance(3_000);
  expect(await ask(ada.phone, 'player:answer', { index: 0, optionIds: [button(false)], confidence: 'sure' })).toEqual({ ok: true, data: { picked: [button(false)] } });
  expect((await ask(bo.phone, 'player:answer', { index: 0, optionIds: [button(true)], confidence: 'guessing' })).ok).toBe(true);
  const stored = await db.answer.findMany({ where: { roundId: round.id }, select: { player: { select: { nickname: true } }, confidence: true, points: true }, orderBy: { createdAt: 'asc' } });
  expect(stored.map((a) => [a.player.nickname, a.confidence, a.points]).sort()).toEqual([['Ada', 'sure', -600], ['Bo', 'guessing', 100]]);
  // Before the close, nobody else hears how sure anyone was.
  for (const seen of [hostSaw, boSaw, cySaw]) expect(seen.join('\n')).not.toContain(said('sure'));
  await before.stop(); // the process goes away with the round still open

  const after = await startRealtimeServer(db, { restore: true });
  const { shown } = await hostResumesToReveal(after, { gameId, hostToken, code });
  expect(shown.sureAndWrong).toBe(1);
  expect(shown.leaderboard.map((s) => [s.nickname, s.score, s.gained])).toEqual([['Bo', 100, 100], ['Cy', 0, 0], ['Ada', -600, -600]]);

  // Each phone hears its own confidence and no one else's.
  const resume = async (player: typeof ada) => {
    const phone = await after.client();
    const seen = frames(phone);
    const screen = next(phone, 'player:screen', (s) => s.screen === 'reveal');
    expect(await ask(phone, 'player:resume', { gameId, playerToken: player.playerToken })).toMatchObject({ ok: true });
    return { screen: await screen, seen };
  };
  const [adaBack, boBack, cyBack] = [await resume(ada), await resume(bo), await resume(cy)];
  expect(adaBack.screen).toMatchObject({ you: { outcome: 'incorrect', confidence: 'sure', points: -600, score: -600, rank: 3 } });
  expect(boBack.screen).toMatchObject({ you: { outcome: 'correct', confidence: 'guessing', points: 100, score: 100, bonus: 0 } });
  expect(cyBack.screen).toMatchObject({ you: { outcome: 'timeout', confidence: null, points: 0 } });
  expect(boBack.seen.join('\n')).not.toContain(said('sure'));
  expect(cyBack.seen.join('\n')).not.toMatch(/"confidence":"(sure|guessing)"/);
  expect((await db.player.findMany({ where: { gameId }, orderBy: { joinOrder: 'asc' } })).map((p) => p.score)).toEqual([-600, 100, 0]);

  const report = (await gameReport(db, gameId))!;
  expect(report.asksConfidence).toBe(true);
  expect(report.standings.map((p) => [p.nickname, p.confidentErrors, p.luckyGuesses])).toEqual([['Bo', 0, 1], ['Cy', 0, 0], ['Ada', 1, 0]]);
  const [header, ...rows] = parse(answersCsv(report).slice(1)) as string[][];
  const column = header!.indexOf('Confidence');
  expect(rows.map((r) => [r[4], r[column]])).toEqual([['Bo', 'guessing'], ['Cy', ''], ['Ada', 'sure']]);
});

test('a game that does not ask stores no confidence, whatever a phone sends', async () => {
  const server = await startRealtimeServer(db);
  const { host, gameId, hostToken, code } = await server.hostCreates({ count: 1 });
  const ada = await server.phoneJoins(code, 'Ada');
  const opened = next(ada.phone, 'player:screen', (s) => s.screen === 'question');
  await ask(host, 'host:start', { gameId, hostToken });
  const question = await opened;
  if (question.screen !== 'question') throw new Error('expected a question');
  expect(question.round.askConfidence).toBe(false);
  server.clock.advance(2_000);
  expect((await ask(ada.phone, 'player:answer', { index: 0, optionIds: [question.round.options[0]!.id], confidence: 'sure' })).ok).toBe(true);
  expect(await db.answer.findFirstOrThrow({ where: { round: { gameId } }, select: { confidence: true } })).toEqual({ confidence: null });
});

test('a confidence outside the three is refused at the boundary', async () => {
  const server = await startRealtimeServer(db);
  const { host, gameId, hostToken, code } = await server.hostCreates({ count: 1, askConfidence: true });
  const ada = await server.phoneJoins(code, 'Ada');
  const opened = next(ada.phone, 'player:screen', (s) => s.screen === 'question');
  await ask(host, 'host:start', { gameId, hostToken });
  const question = await opened;
  if (question.screen !== 'question') throw new Error('expected a question');
  server.clock.advance(2_000);
  const refused = await ask(ada.phone, 'player:answer', { index: 0, optionIds: [question.round.options[0]!.id], confidence: 'certain' as 'sure' });
  expect(refused.ok).toBe(false);
  expect(await db.answer.count({ where: { round: { gameId } } })).toBe(0);
});
