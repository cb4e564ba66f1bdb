import { expect, test } from 'vitest';
import { useTestDb } from './support/db';
import { ask, next, startRealtimeServer } from './support/realtime-server';

const db = useTestDb();

test('host creates a room, a phone joins, one round is played and stored', async () => {
  const server = await startRealtimeServer(db);
  const host = await server.client();
  const created = await ask(host, 'host:create', {
    bankId: server.bankId, sections: [], count: 2, secondsPerQuestion: 20, shuffleQuestions: false, shuffleOptions: false,
    showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: 'device-123456',
  });
  if (!created.ok) throw new Error(created.error);
  const { gameId, hostToken, code } = created.data;
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
  const reveal = next(phone, 'player:screen', (s) => s.screen === 'reveal');
  const answered = await ask(phone, 'player:answer', { index: 0, optionIds: [right.id] });
  expect(answered).toEqual({ ok: true, data: { picked: [right.id] } });
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
