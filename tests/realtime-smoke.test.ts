import { expect, test } from 'vitest';
import { useTestDb } from './support/db';
import { ask, next, startRealtimeServer } from './support/realtime-server';

const db = useTestDb();

test('host creates a room, a phone joins, one round is played and stored', async () => {
  const server = await startRealtimeServer(db);
  const { host, gameId, hostToken, code } = await server.hostCreates();
  expect(code).toMatch(/^\d{6}$/);

  const phone = await server.client();
  const joined = await ask(phone, 'player:join', { code, nickname: '  Ada  ' });
  if (!joined.ok) throw new Error(joined.error);
  expect(joined.data.nickname).toBe('Ada');

  const question = next(phone, 'player:screen', (s) => s.screen === 'question');
  expect(await ask(host, 'host:start', { gameId, hostToken })).toEqual({ ok: true, data: null });
  const screen = await question;
  if (screen.screen !== 'question') throw new Error('expected a question');
  server.clock.advance(10_000); // half the time: 750 points

  const bank = await db.question.findFirstOrThrow({ where: { bankId: server.bankId, position: 0 }, include: { options: true } });
  const right = bank.options.find((o) => o.correct)!;
  const button = screen.round.options.find((o) => o.text === right.text)!; // the phone names it by its place on screen
  expect(button.id).not.toBe(right.id); // never by the bank's id, which a past game's reveal showed
  const reveal = next(phone, 'player:screen', (s) => s.screen === 'reveal');
  const answered = await ask(phone, 'player:answer', { index: 0, optionIds: [button.id] });
  expect(answered).toEqual({ ok: true, data: { picked: [button.id] } });
  const revealed = await reveal; // the only player answered: the round closes early
  if (revealed.screen !== 'reveal') throw new Error('expected a reveal');
  expect(revealed.you).toMatchObject({ outcome: 'correct', points: 750, score: 750, rank: 1 });

  const stored = await db.answer.findFirstOrThrow({ where: { playerId: joined.data.playerId } });
  expect(stored).toMatchObject({ correct: true, responseMs: 10_000, points: 750, optionIds: [right.id] });
  const player = await db.player.findUniqueOrThrow({ where: { id: joined.data.playerId } });
  expect(player).toMatchObject({ score: 750, streak: 1, correctCount: 1 });
  const round = await db.round.findFirstOrThrow({ where: { gameId, index: 0 } });
  expect(round.closedAt).not.toBeNull();
});

test('forty phones answering at once are each stored before their ack, counted once, and close the round', async () => {
  const server = await startRealtimeServer(db);
  const { host, gameId, hostToken, code } = await server.hostCreates({ count: 1, secondsPerQuestion: 30 });
  const phones = await Promise.all(
    Array.from({ length: 40 }, async (_, i) => {
      const socket = await server.client();
      const joined = await ask(socket, 'player:join', { code, nickname: `Phone ${i}` });
      if (!joined.ok) throw new Error(joined.error);
      return { socket, playerId: joined.data.playerId };
    }),
  );
  const opened = Promise.all(phones.map((p) => next(p.socket, 'player:screen', (s) => s.screen === 'question')));
  await ask(host, 'host:start', { gameId, hostToken });
  const [screen] = await opened;
  if (screen?.screen !== 'question') throw new Error('expected a question');
  const round = await db.round.findFirstOrThrow({ where: { gameId, index: 0 } });

  const reveals = Promise.all(phones.map((p) => next(p.socket, 'player:screen', (s) => s.screen === 'reveal')));
  // Every phone sends, and a few send twice, all at the same moment.
  const acks = await Promise.all(
    phones.flatMap((p, i) => {
      const pick = { index: 0, optionIds: [screen.round.options[i % 4]!.id] };
      const send = async () => {
        const ack = await ask(p.socket, 'player:answer', pick);
        const stored = await db.answer.count({ where: { roundId: round.id, playerId: p.playerId } });
        return { ack, stored };
      };
      return i % 10 === 0 ? [send(), send()] : [send()];
    }),
  );
  expect(acks.every((a) => a.ack.ok && a.stored === 1)).toBe(true);
  await reveals;
  expect(await db.answer.count({ where: { roundId: round.id } })).toBe(40);
  expect((await db.round.findUniqueOrThrow({ where: { id: round.id } })).closedAt).not.toBeNull();
});
