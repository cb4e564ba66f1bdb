import pino from 'pino';
import { expect, test } from 'vitest';
import { endExpiredLobbies, LOBBY_MAX_AGE_MS, LOBBY_WITHOUT_HOST_MS } from '../server/realtime/lifetimes';
import { useTestDb } from './support/db';
import { ask, next, startRealtimeServer } from './support/realtime-server';

// Unused rooms give back their code and their memory (issue 8, item 4).

const db = useTestDb();
const server = await startRealtimeServer(db);
const log = pino({ level: 'silent' });
const sweep = (laterMs: number) => endExpiredLobbies(server.rooms, server.clock.now() + laterMs, log);

test('a lobby whose host left 30 minutes ago ends: its players are told, its code and memory are freed', async () => {
  const { host, gameId, code } = await server.hostCreates();
  const { phone } = await server.phoneJoins(code, 'Ada');
  host.disconnect();
  await new Promise((resolve) => setTimeout(resolve, 100)); // the server sees the host go
  expect(await sweep(LOBBY_WITHOUT_HOST_MS - 1_000)).toBe(0);
  const ended = next(phone, 'player:screen', (s) => s.screen === 'ended');
  expect(await sweep(LOBBY_WITHOUT_HOST_MS)).toBe(1);
  await ended;
  expect(server.rooms.get(gameId)).toBeUndefined();
  expect(server.rooms.withCode(code)).toBeUndefined();
  expect(await ask(await server.client(), 'room:check', { code })).toMatchObject({ ok: false, code: 'not_found' });
  expect(await db.game.findUniqueOrThrow({ where: { id: gameId } })).toMatchObject({ status: 'ended' });
});

test('a host who comes back keeps the lobby; any lobby older than 3 hours ends; a game being played never does', async () => {
  const lobby = await server.hostCreates();
  lobby.host.disconnect();
  const back = await server.client();
  expect(await ask(back, 'host:resume', { gameId: lobby.gameId, hostToken: lobby.hostToken })).toMatchObject({ ok: true });

  const playing = await server.hostCreates();
  await server.phoneJoins(playing.code, 'Bo');
  await ask(playing.host, 'host:start', { gameId: playing.gameId, hostToken: playing.hostToken });

  expect(await sweep(LOBBY_WITHOUT_HOST_MS + 60_000)).toBe(0); // both have their host
  expect(await sweep(LOBBY_MAX_AGE_MS)).toBe(1);
  expect(server.rooms.get(lobby.gameId)).toBeUndefined();
  expect(server.rooms.get(playing.gameId)?.state.phase).toBe('question');
});
