import { expect, test } from 'vitest';
import { useTestDb } from './support/db';
import { ask, next, startRealtimeServer } from './support/realtime-server';

// What happens when Postgres fails or is slow at the wrong moment.

const db = useTestDb();

/**
 * The test database, with the next batch write made to fail or to take a while:
 * a transaction, or the one statement a batch of answers alone is (game-events.ts).
 */
function faultyDb() {
  const faults = { failNext: false, delayMs: 0, down: false };
  const gameDb = new Proxy(db, {
    get(target, key, receiver) {
      if (key === '$queryRaw' && faults.down) return () => Promise.reject(new Error('injected: the database is down'));
      if (key !== '$transaction' && key !== '$executeRaw') return Reflect.get(target, key, receiver);
      const write = Reflect.get(target, key, receiver) as (...a: unknown[]) => unknown;
      return async (...args: unknown[]) => {
        if (faults.delayMs) await new Promise((resolve) => setTimeout(resolve, faults.delayMs));
        if (faults.down) throw new Error('injected: the database is down');
        if (faults.failNext) {
          faults.failNext = false;
          throw new Error('injected: the database went away');
        }
        return write.apply(target, args);
      };
    },
  });
  return { gameDb, faults };
}

test('a write that fails stores nothing and changes nothing: the answer sent again keeps the time it first arrived, even after the deadline', async () => {
  const { gameDb, faults } = faultyDb();
  const server = await startRealtimeServer(db, { gameDb });
  const { host, gameId, hostToken, code } = await server.hostCreates();
  const { phone: ada, playerId: adaId } = await server.phoneJoins(code, 'Ada');
  await server.phoneJoins(code, 'Bo');
  const question = next(ada, 'player:screen', (s) => s.screen === 'question');
  await ask(host, 'host:start', { gameId, hostToken });
  const screen = await question;
  if (screen.screen !== 'question') throw new Error('expected a question');
  const round = await db.round.findFirstOrThrow({ where: { gameId, index: 0 } });
  const correct = (await db.option.findMany({ where: { id: { in: round.optionOrder } } })).find((o) => o.correct)!;
  const right = screen.round.options.find((o) => o.text === correct.text)!;

  server.clock.advance(2_000);
  faults.failNext = true;
  expect(await ask(ada, 'player:answer', { index: 0, optionIds: [right.id] })).toEqual({
    ok: false, code: 'storage', error: 'The server cannot save answers right now. Send your answer again in a moment.',
  });
  expect(await db.answer.count({ where: { roundId: round.id } })).toBe(0);

  server.clock.advance(20_000); // the phone sends it again past the 20 s deadline: it came in time, so it is not "Time's up"
  expect(await ask(ada, 'player:answer', { index: 0, optionIds: [right.id] })).toEqual({ ok: true, data: { picked: [right.id] } });
  expect(await db.answer.findFirstOrThrow({ where: { roundId: round.id, playerId: adaId } })).toMatchObject({ responseMs: 2_000, points: 950 });
});

test('a phone that drops while its join is being stored is away, so the round does not wait for it', async () => {
  const { gameDb, faults } = faultyDb();
  const server = await startRealtimeServer(db, { gameDb });
  const { host, gameId, hostToken, code } = await server.hostCreates();
  const { phone: ada } = await server.phoneJoins(code, 'Ada');

  faults.delayMs = 300;
  const bo = await server.client();
  const boJoins = ask(bo, 'player:join', { code, nickname: 'Bo' }).catch(() => null);
  await new Promise((resolve) => setTimeout(resolve, 50));
  bo.disconnect();
  await boJoins;
  const lobby = await next(host, 'host:screen', (s) => s.screen === 'lobby' && s.players.some((p) => p.nickname === 'Bo' && !p.connected));
  expect(lobby.screen).toBe('lobby');
  faults.delayMs = 0;

  const reveal = next(ada, 'player:screen', (s) => s.screen === 'reveal');
  const question = next(ada, 'player:screen', (s) => s.screen === 'question');
  await ask(host, 'host:start', { gameId, hostToken });
  const screen = await question;
  if (screen.screen !== 'question') throw new Error('expected a question');
  await ask(ada, 'player:answer', { index: 0, optionIds: [screen.round.options[0]!.id] });
  await reveal; // Ada was the only one the round waited for
});

test('while the database is down the host is told saving is failing, phones are told their answer was not saved; both hear when it is back', async () => {
  const { gameDb, faults } = faultyDb();
  const server = await startRealtimeServer(db, { gameDb });
  const { host, gameId, hostToken, code } = await server.hostCreates();
  const { phone: ada } = await server.phoneJoins(code, 'Ada');
  await server.phoneJoins(code, 'Bo');
  const question = next(ada, 'player:screen', (s) => s.screen === 'question');
  await ask(host, 'host:start', { gameId, hostToken });
  await question;

  faults.down = true;
  const failing = next(host, 'host:saving');
  expect(await ask(ada, 'player:answer', { index: 0, optionIds: ['o0'] })).toEqual({
    ok: false, code: 'storage', error: 'The server cannot save answers right now. Send your answer again in a moment.',
  });
  expect(await failing).toEqual({ failing: true });

  faults.down = false;
  const back = next(host, 'host:saving');
  expect(await ask(ada, 'player:answer', { index: 0, optionIds: ['o0'] })).toMatchObject({ ok: true });
  expect(await back).toEqual({ failing: false });
});
