import { expect, test } from 'vitest';
import { RECENT_JOIN_MS, playerOf } from '../server/game/engine';
import { useTestDb } from './support/db';
import { ask, next, startRealtimeServer } from './support/realtime-server';

// The host's answers to a flood (issue 8, items 5 and 11): kick all who joined in the last minute, ban a
// nickname pattern; a kicked phone cannot come back under another name.

const db = useTestDb();
const server = await startRealtimeServer(db);

test('the host kicks all who joined in the last minute: the flood is gone, the early players stay', async () => {
  const { host, gameId, hostToken, code } = await server.hostCreates();
  const ada = await server.phoneJoins(code, 'Ada');
  server.clock.advance(RECENT_JOIN_MS + 1);
  const bots = [];
  for (let i = 0; i < 20; i++) bots.push(await server.phoneJoins(code, `Bot ${i}`));
  const removed = next(bots[0]!.phone, 'player:screen', (s) => s.screen === 'removed');
  const lobby = next(host, 'host:screen', (s) => s.screen === 'lobby' && s.players.length === 1);

  expect(await ask(host, 'host:kickRecent', { gameId, hostToken })).toEqual({ ok: true, data: { kicked: 20 } });
  await removed;
  expect(await lobby).toMatchObject({ players: [{ nickname: 'Ada' }] });
  expect(await db.player.count({ where: { gameId, kicked: true } })).toBe(20);
  expect(playerOf(server.rooms.get(gameId)!.state, ada.playerId)!.kicked).toBe(false);
  // Only the host may do it.
  expect(await ask(ada.phone, 'host:kickRecent', { gameId, hostToken: 'x'.repeat(32) })).toMatchObject({ ok: false, code: 'forbidden' });
});

test('a kicked player cannot rejoin the same game under a new name from the same device; another device can join', async () => {
  const { host, gameId, hostToken, code } = await server.hostCreates();
  const deviceId = crypto.randomUUID();
  const phone = await server.client();
  const joined = await ask(phone, 'player:join', { code, nickname: 'Troll', deviceId });
  if (!joined.ok) throw new Error(joined.error);
  expect(await ask(host, 'host:kick', { gameId, hostToken, playerId: joined.data.playerId })).toMatchObject({ ok: true });

  const again = await server.client();
  expect(await ask(again, 'player:join', { code, nickname: 'Nice Person', deviceId })).toEqual({
    ok: false, code: 'kicked', error: 'The host removed you from this game.',
  });
  expect(await ask(again, 'player:join', { code, nickname: 'Nice Person', deviceId: crypto.randomUUID() })).toMatchObject({ ok: true });
});

test('the host bans a nickname pattern: those players are kicked and the pattern is refused from then on', async () => {
  const { host, gameId, hostToken, code } = await server.hostCreates();
  await server.phoneJoins(code, 'Ada');
  for (let i = 0; i < 5; i++) await server.phoneJoins(code, `spam${i}`);
  expect(await ask(host, 'host:ban', { gameId, hostToken, pattern: 'SPAM' })).toEqual({ ok: true, data: { kicked: 5 } });
  expect(await ask(await server.client(), 'player:join', { code, nickname: 'xspamx' })).toEqual({
    ok: false, code: 'banned', error: 'The host does not allow this nickname: pick another.',
  });
  expect(await ask(host, 'host:ban', { gameId, hostToken, pattern: 'x' })).toMatchObject({ ok: false, code: 'invalid', error: 'A ban pattern is at least 2 characters.' });
  expect(await db.player.count({ where: { gameId, kicked: false } })).toBe(1);
});
