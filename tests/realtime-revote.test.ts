import { expect, test } from 'vitest';
import { gameReport } from '../server/store/results';
import type { PlayerScreen } from '../common/protocol';
import { useTestDb } from './support/db';
import { ask, hostResumesToReveal, next, startRealtimeServer, type TestClient } from './support/realtime-server';

// Discuss and vote again, through the real realtime layer and Postgres: a split
// first vote is held (stored as such), only the host may open the second vote,
// both votes are stored as attempts 1 and 2, and a restart holds a held round
// and closes a second vote with every answer it had.

const db = useTestDb();

type Server = Awaited<ReturnType<typeof startRealtimeServer>>;

/** Ada and Bo right, Cy and Dee wrong: the room splits 50/50 on question 1 of a game that holds splits. */
async function splitRoom(server: Server) {
  const { host, gameId, hostToken, code } = await server.hostCreates({ count: 2, holdSplit: true });
  const phones = { Ada: await server.phoneJoins(code, 'Ada'), Bo: await server.phoneJoins(code, 'Bo'), Cy: await server.phoneJoins(code, 'Cy'), Dee: await server.phoneJoins(code, 'Dee') };
  const opened = next(phones.Ada.phone, 'player:screen', (s) => s.screen === 'question');
  await ask(host, 'host:start', { gameId, hostToken });
  const question = await opened;
  if (question.screen !== 'question') throw new Error('expected a question');
  const round = await db.round.findFirstOrThrow({ where: { gameId, index: 0 } });
  const options = await db.option.findMany({ where: { id: { in: round.optionOrder } } });
  const button = (correct: boolean) => question.round.options.find((o) => o.text === options.find((x) => x.correct === correct)!.text)!.id;
  const [right, wrong] = [button(true), button(false)];
  server.clock.advance(2_000);
  const heldOnHost = next(host, 'host:screen', (s) => s.screen === 'held');
  const heldOnPhone = next(phones.Cy.phone, 'player:screen', (s) => s.screen === 'held');
  for (const [name, pick] of [['Ada', right], ['Bo', right], ['Cy', wrong], ['Dee', wrong]] as const) {
    expect((await ask(phones[name].phone, 'player:answer', { index: 0, optionIds: [pick] })).ok).toBe(true);
  }
  return { host, gameId, hostToken, code, phones, round, right, wrong, held: await heldOnHost, heldPhone: await heldOnPhone };
}

/** Every frame a socket receives, as the text it came in. */
function frames(socket: TestClient): string[] {
  const seen: string[] = [];
  socket.onAny((_event, payload: unknown) => seen.push(JSON.stringify(payload)));
  return seen;
}

test('a split is held and stored so; only the host opens the second vote; both votes stored; a restart mid second vote closes it with every answer', async () => {
  const before = await startRealtimeServer(db);
  const room = await splitRoom(before);
  const { host, gameId, hostToken, code, phones, right, wrong } = room;
  // The projector sees how the votes fell, and nothing says which is right; phones neither.
  expect(room.held).toMatchObject({ screen: 'held', votes: { answered: 4, players: 4, distribution: { [right]: 2, [wrong]: 2 } } });
  expect(JSON.stringify(room.held)).not.toMatch(/"correct|explanation/);
  expect(room.heldPhone).toMatchObject({ screen: 'held', round: { index: 0 } });
  expect(JSON.stringify(room.heldPhone)).not.toMatch(/"correct|explanation|"you"/);
  expect(await db.game.findUniqueOrThrow({ where: { id: gameId }, select: { status: true } })).toEqual({ status: 'held' });
  expect((await db.round.findUniqueOrThrow({ where: { id: room.round.id } })).heldAt).not.toBeNull();
  expect(await db.player.findMany({ where: { gameId }, select: { score: true } })).toEqual([{ score: 0 }, { score: 0 }, { score: 0 }, { score: 0 }]);

  // A player cannot open it, with a made-up token or any other, nor on another round.
  expect(await ask(phones.Cy.phone, 'host:revote', { gameId, hostToken: phones.Cy.playerToken, index: 0 })).toMatchObject({ ok: false, code: 'forbidden' });
  expect(await ask(host, 'host:revote', { gameId, hostToken, index: 1 })).toMatchObject({ ok: false, code: 'wrong_phase' });
  expect((await ask(host, 'host:revote', { gameId, hostToken, index: -1 })).ok).toBe(false);

  const secondOnPhone = next(phones.Dee.phone, 'player:screen', (s) => s.screen === 'question');
  const cySaw = frames(phones.Cy.phone);
  expect(await ask(host, 'host:revote', { gameId, hostToken, index: 0 })).toEqual({ ok: true, data: null });
  expect(await secondOnPhone).toMatchObject({ screen: 'question', round: { index: 0, attempt: 2, readRemainingMs: 0 }, picked: null });
  before.clock.advance(3_000);
  expect(await ask(phones.Cy.phone, 'player:answer', { index: 0, optionIds: [right] })).toEqual({ ok: true, data: { picked: [right] } });
  expect((await ask(phones.Dee.phone, 'player:answer', { index: 0, optionIds: [right] })).ok).toBe(true);
  expect(await ask(phones.Dee.phone, 'player:answer', { index: 0, optionIds: [wrong] })).toEqual({ ok: true, data: { picked: [right] } }); // a double tap: the first stands
  const stored = await db.answer.findMany({ where: { roundId: room.round.id }, select: { player: { select: { nickname: true } }, attempt: true, correct: true, points: true } });
  expect(stored.map((a) => [a.player.nickname, a.attempt, a.correct, a.points]).sort()).toEqual([
    ['Ada', 1, true, 950], ['Bo', 1, true, 950], ['Cy', 1, false, 0], ['Cy', 2, true, 500], ['Dee', 1, false, 0], ['Dee', 2, true, 500],
  ]);
  expect(cySaw.join('\n')).not.toMatch(/"correct|"points"/); // nothing of the outcome before the close
  await before.stop(); // Ada and Bo have not voted again

  const after = await startRealtimeServer(db, { restore: true });
  const { shown } = await hostResumesToReveal(after, { gameId, hostToken, code });
  expect(shown.reveal).toMatchObject({ correctCount: 4, answered: 4, firstVote: { answered: 4, correctCount: 2, changedToRight: 2 } });
  expect(shown.round.attempt).toBe(2);
  expect(shown.leaderboard.map((s) => [s.nickname, s.score])).toEqual([['Ada', 950], ['Bo', 950], ['Cy', 500], ['Dee', 500]]);
  const phone = await after.client();
  const back = next(phone, 'player:screen', (s) => s.screen === 'reveal');
  expect((await ask(phone, 'player:resume', { gameId, playerToken: phones.Cy.playerToken })).ok).toBe(true);
  expect(await back).toMatchObject({ you: { outcome: 'correct', pickedOptionIds: [right], points: 500 }, reveal: { firstVote: { changedToRight: 2 } } });

  const report = await gameReport(db, gameId);
  expect(report!.questions[0]).toMatchObject({ answered: 4, correctCount: 4, firstVote: { answered: 4, correctCount: 2, changedToRight: 2 } });
  expect(report!.standings.map((p) => [p.nickname, p.score])).toEqual([['Ada', 950], ['Bo', 950], ['Cy', 500], ['Dee', 500]]);
});

test('a held round is held again after a restart, each phone told its own answer; "Reveal" then reveals the first vote', async () => {
  const before = await startRealtimeServer(db);
  const { gameId, hostToken, code, phones, right, wrong } = await splitRoom(before);
  await before.stop();

  const after = await startRealtimeServer(db, { restore: true });
  const host = await after.client();
  const held = next(host, 'host:screen', (s) => s.screen === 'held');
  expect(await ask(host, 'host:resume', { gameId, hostToken })).toEqual({ ok: true, data: { code } });
  expect(await held).toMatchObject({ votes: { answered: 4, distribution: { [right]: 2, [wrong]: 2 } } });
  const phone = await after.client();
  const heldOnPhone = next(phone, 'player:screen', (s: PlayerScreen) => s.screen === 'held');
  expect((await ask(phone, 'player:resume', { gameId, playerToken: phones.Dee.playerToken })).ok).toBe(true);
  expect(await heldOnPhone).toMatchObject({ picked: [wrong] });

  const reveal = next(host, 'host:screen', (s) => s.screen === 'reveal');
  expect(await ask(host, 'host:next', { gameId, hostToken, from: { phase: 'held', index: 0 } })).toEqual({ ok: true, data: null });
  expect((await reveal)).toMatchObject({ reveal: { correctCount: 2, answered: 4, firstVote: null } });
  expect(await db.game.findUniqueOrThrow({ where: { id: gameId }, select: { status: true } })).toEqual({ status: 'reveal' });
});
