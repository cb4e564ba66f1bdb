import { expect, test } from 'vitest';
import { GRACE_MS } from '../server/game/engine';
import { useTestDb } from './support/db';
import { ask, next, startRealtimeServer, type TestClient } from './support/realtime-server';

// Room-wide network blips (issue 8, item 8; issue 18, item 7): half the room drops at once, then the whole room.

const db = useTestDb();
const server = await startRealtimeServer(db);

test('200 phones: 100 answer, 100 drop at once; the round waits, those back within the grace answer, the rest are let go', async () => {
  const { host, gameId, hostToken, code } = await server.hostCreates({ count: 1 });
  const phones = [];
  for (let i = 0; i < 200; i++) phones.push(await server.phoneJoins(code, `Phone ${i}`));
  const questions = phones.map(({ phone }) => next(phone, 'player:screen', (s) => s.screen === 'question'));
  await ask(host, 'host:start', { gameId, hostToken });
  await Promise.all(questions);
  const room = server.rooms.get(gameId)!;
  let revealed = false;
  host.on('host:screen', (s) => void (revealed ||= s.screen === 'reveal'));

  server.clock.advance(1_000);
  const [answering, dropping] = [phones.slice(0, 100), phones.slice(100)];
  const acks = await Promise.all(answering.map(({ phone }) => ask(phone, 'player:answer', { index: 0, optionIds: ['o0'] })));
  expect(acks.every((a) => a.ok)).toBe(true);
  for (const { phone } of dropping) phone.disconnect();
  await waitFor(() => Object.keys(room.state.round?.graceUntil ?? {}).length === 100);
  await room.idle();
  expect(room.state.phase).toBe('question'); // everyone still connected has answered, and yet the round waits
  expect(room.state.round).toMatchObject({ answered: 100, expected: 200 });

  // A second later, 60 of them are back on new sockets and answer.
  server.clock.advance(1_000);
  const back: TestClient[] = [];
  for (const { playerToken } of dropping.slice(0, 60)) {
    const socket = await server.client();
    expect(await ask(socket, 'player:resume', { gameId, playerToken })).toMatchObject({ ok: true });
    back.push(socket);
  }
  const late = await Promise.all(back.map((socket) => ask(socket, 'player:answer', { index: 0, optionIds: ['o1'] })));
  expect(late.filter((a) => !a.ok)).toEqual([]);
  expect(revealed).toBe(false);
  expect(room.state.round).toMatchObject({ answered: 160, expected: 200 });

  // The other 40 never come back: once their grace runs out, the round closes without them.
  server.clock.advance(GRACE_MS);
  await waitFor(() => revealed, 4 * GRACE_MS); // the room's grace timer runs in real time, so allow a slow machine
  const round = await db.round.findFirstOrThrow({ where: { gameId, index: 0 } });
  expect(await db.answer.count({ where: { roundId: round.id } })).toBe(160);
}, 60_000);

test('30 phones: 10 answer, then the whole room drops for 12 s; the round stays open, all come back and answer', async () => {
  const { host, gameId, hostToken, code } = await server.hostCreates({ count: 1 });
  const phones = [];
  for (let i = 0; i < 30; i++) phones.push(await server.phoneJoins(code, `Blip ${i}`));
  const questions = phones.map(({ phone }) => next(phone, 'player:screen', (s) => s.screen === 'question'));
  await ask(host, 'host:start', { gameId, hostToken });
  await Promise.all(questions);
  const room = server.rooms.get(gameId)!;

  server.clock.advance(1_000);
  const early = await Promise.all(phones.slice(0, 10).map(({ phone }) => ask(phone, 'player:answer', { index: 0, optionIds: ['o0'] })));
  expect(early.every((a) => a.ok)).toBe(true);
  for (const { phone } of phones) phone.disconnect();
  await waitFor(() => room.state.round?.present === 0);
  await room.idle();
  expect(room.state.round).toMatchObject({ blip: true, answered: 10, expected: 30 });

  // 12 s later, past the 5 s one phone gets but within ROOM_BLIP_GRACE_MS: the room's grace check lets nobody go.
  server.clock.advance(12_000);
  await room.dispatch({ type: 'graceOver', index: 0 });
  expect(room.state.phase).toBe('question');
  const revealed = next(host, 'host:screen', (s) => s.screen === 'reveal');
  const back = await Promise.all(phones.slice(10).map(async ({ playerToken }) => {
    const socket = await server.client();
    expect(await ask(socket, 'player:resume', { gameId, playerToken })).toMatchObject({ ok: true });
    return socket;
  }));
  const late = await Promise.all(back.map((socket) => ask(socket, 'player:answer', { index: 0, optionIds: ['o1'] })));
  expect(late.filter((a) => !a.ok)).toEqual([]);
  await revealed; // every player answered: it closes at once, without waiting for the clock
  const round = await db.round.findFirstOrThrow({ where: { gameId, index: 0 } });
  expect(await db.answer.count({ where: { roundId: round.id } })).toBe(30);
}, 60_000);

async function waitFor(condition: () => boolean, ms = 5_000): Promise<void> {
  for (let i = 0; i < ms / 10 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}
