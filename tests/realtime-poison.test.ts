import { expect, test } from 'vitest';
import { useTestDb } from './support/db';
import { ask, next, startRealtimeServer } from './support/realtime-server';

// One player's bad input must never cost anyone else their answer (issue 8, item 1).

const db = useTestDb();
const server = await startRealtimeServer(db);

test('poison nicknames at the boundary are refused with a clear message', async () => {
  const { code } = await server.hostCreates();
  const phone = await server.client();
  for (const [nickname, message] of [
    ['Eve\u0000', 'The nickname holds a control character: remove it and try again.'],
    ['Eve\ud800', 'The nickname holds a broken character (a lone UTF-16 surrogate): remove it and try again.'],
  ]) {
    expect(await ask(phone, 'player:join', { code, nickname: nickname! })).toEqual({ ok: false, code: 'invalid', error: message });
  }
});

test('poison joins batched with 50 honest answers: every honest answer is stored, the poison alone fails, the round closes', async () => {
  const { host, gameId, hostToken, code } = await server.hostCreates({ count: 1 });
  const phones = [];
  for (let i = 0; i < 50; i++) phones.push(await server.phoneJoins(code, `Honest ${i}`));
  const room = server.rooms.get(gameId)!;
  const opened = phones.map(({ phone }) => next(phone, 'player:screen', (s) => s.screen === 'question'));
  await ask(host, 'host:start', { gameId, hostToken });
  await Promise.all(opened);
  const reveal = next(host, 'host:screen', (s) => s.screen === 'reveal');
  server.clock.advance(1_000);

  // Poison that got past the boundary (as a future field might): NULs, which Postgres refuses in text,
  // queued in among the answers so they share batches with them.
  const poison = ['Eve\u0000', 'Mal\u0000lory', '\u0000Trudy'];
  const answers = phones.map(({ phone }, i) => {
    const sent = ask(phone, 'player:answer', { index: 0, optionIds: ['o0'] });
    const joins = i % 17 === 0 ? [room.dispatch({ type: 'join', playerId: crypto.randomUUID(), nickname: poison[i / 17]! }, { tokenHash: `poison-${i}` })] : [];
    return { sent, joins };
  });
  const locked = ask(host, 'host:lock', { gameId, hostToken, locked: true }); // a host command among them
  const poisoned = Promise.allSettled(answers.flatMap((a) => a.joins));
  const acks = await Promise.all(answers.map((a) => a.sent));
  expect(await locked).toEqual({ ok: true, data: null });

  expect(acks.filter((a) => !a.ok)).toEqual([]);
  expect((await poisoned).map((p) => p.status)).toEqual(['rejected', 'rejected', 'rejected']);
  await reveal; // everyone who was expected answered
  const round = await db.round.findFirstOrThrow({ where: { gameId, index: 0 } });
  expect(round.closedAt).not.toBeNull();
  expect(await db.answer.count({ where: { roundId: round.id } })).toBe(50);
  expect(await db.player.count({ where: { gameId } })).toBe(50);
  expect(await db.game.findUniqueOrThrow({ where: { id: gameId } })).toMatchObject({ locked: true });
});
