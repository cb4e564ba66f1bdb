import { expect, test } from 'vitest';
import { browserCookie } from './support/browser-cookie';
import { useTestDb } from './support/db';
import { ask, hostResumesToReveal, next, startRealtimeServer } from './support/realtime-server';

// The server restarts mid-game: everything acknowledged was stored, so the host
// and the phones resume the same game with the tokens they kept.

const db = useTestDb();

test('host creates -> two phones join -> Ada answers -> the server restarts -> everyone resumes and plays on', async () => {
  const before = await startRealtimeServer(db);
  const { host, gameId, hostToken, code } = await before.hostCreates({ count: 2 });
  const ada = await before.phoneJoins(code, 'Ada');
  const bo = await before.phoneJoins(code, 'Bo');
  const opened = next(host, 'host:screen', (s) => s.screen === 'question');
  await ask(host, 'host:start', { gameId, hostToken });
  const question = await opened;
  if (question.screen !== 'question') throw new Error('expected a question');
  const round = await db.round.findFirstOrThrow({ where: { gameId, index: 0 } });
  const right = (await db.option.findMany({ where: { id: { in: round.optionOrder } } })).find((o) => o.correct)!;
  const button = question.round.options.find((o) => o.text === right.text)!;
  before.clock.advance(4_000);
  expect(await ask(ada.phone, 'player:answer', { index: 0, optionIds: [button.id] })).toEqual({ ok: true, data: { picked: [button.id] } });
  await before.stop(); // the process goes away with the round still open

  const after = await startRealtimeServer(db, { restore: true });
  // The host comes back to the round, closed with the answers it had: Ada's stands, Bo missed it.
  const { host: newHost, shown } = await hostResumesToReveal(after, { gameId, hostToken, code });
  expect(shown.leaderboard.map((s) => [s.nickname, s.score])).toEqual([['Ada', 900], ['Bo', 0]]);

  const adaAgain = await after.client();
  const adaReveal = next(adaAgain, 'player:screen', (s) => s.screen === 'reveal');
  expect(await ask(adaAgain, 'player:resume', { gameId, playerToken: ada.playerToken })).toMatchObject({ ok: true });
  expect(await adaReveal).toMatchObject({ you: { outcome: 'correct', points: 900, score: 900, streak: 1 } });
  const boAgain = await after.client();
  const boReveal = next(boAgain, 'player:screen', (s) => s.screen === 'reveal');
  expect(await ask(boAgain, 'player:resume', { gameId, playerToken: bo.playerToken })).toMatchObject({ ok: true });
  expect(await boReveal).toMatchObject({ you: { outcome: 'timeout', score: 0 } });

  // And the game goes on: question 2, both answer, the round closes early.
  const opened2 = next(adaAgain, 'player:screen', (s) => s.screen === 'question');
  expect(await ask(newHost, 'host:next', { gameId, hostToken, from: { phase: 'reveal', index: 0 } })).toEqual({ ok: true, data: null });
  const q2 = await opened2;
  if (q2.screen !== 'question') throw new Error('expected question 2');
  const end = next(newHost, 'host:screen', (s) => s.screen === 'reveal' && s.round.index === 1);
  await ask(adaAgain, 'player:answer', { index: 1, optionIds: [q2.round.options[0]!.id] });
  await ask(boAgain, 'player:answer', { index: 1, optionIds: [q2.round.options[1]!.id] });
  await end;
  expect((await db.round.findFirstOrThrow({ where: { gameId, index: 0 } })).closedAt).not.toBeNull();
  expect(await db.answer.count({ where: { round: { gameId } } })).toBe(3);
});

test("the host's moderation survives a restart: bans and kicked devices stay out, honest players still get in", async () => {
  const before = await startRealtimeServer(db);
  const { host, gameId, hostToken, code } = await before.hostCreates();
  const [trollBrowser, slyBrowser] = [browserCookie(), browserCookie()];
  const join = async (server: typeof before, nickname: string, browser: { cookie: string }) => ask(await server.client(browser), 'player:join', { code, nickname });
  const troll = await join(before, 'Troll', trollBrowser);
  const sly = await join(before, 'Sly', slyBrowser);
  if (!troll.ok || !sly.ok) throw new Error('the phones could not join');
  await before.phoneJoins(code, 'Ada');
  expect(await ask(host, 'host:ban', { gameId, hostToken, pattern: 'Spam' })).toEqual({ ok: true, data: { kicked: 0 } });
  expect(await ask(host, 'host:kick', { gameId, hostToken, playerId: troll.data.playerId })).toMatchObject({ ok: true });
  expect(await db.game.findUniqueOrThrow({ where: { id: gameId }, select: { bans: true } })).toEqual({ bans: ['spam'] });
  await before.stop();

  const after = await startRealtimeServer(db, { restore: true });
  expect(await join(after, 'xSPAMx', browserCookie())).toEqual({ ok: false, code: 'banned', error: 'The host does not allow this nickname: pick another.' });
  const removed = { ok: false, code: 'kicked', error: 'The host removed you from this game.' };
  expect(await join(after, 'Nice Person', trollBrowser)).toEqual(removed);
  // Kicked only after the restart: the device it joined from is known still.
  expect(await ask(await after.client(), 'host:kick', { gameId, hostToken, playerId: sly.data.playerId })).toMatchObject({ ok: true });
  expect(await join(after, 'Sly Again', slyBrowser)).toEqual(removed);
  expect(await join(after, 'Bo', browserCookie())).toMatchObject({ ok: true });
  expect((await db.player.findMany({ where: { gameId, kicked: false }, orderBy: { joinOrder: 'asc' } })).map((p) => p.nickname)).toEqual(['Ada', 'Bo']);
  await after.stop();
});
