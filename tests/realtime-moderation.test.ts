import { expect, test } from 'vitest';
import { RECENT_JOIN_MS, playerOf } from '../server/game/engine';
import { browserCookie } from './support/browser-cookie';
import { useTestDb } from './support/db';
import { ask, next, startRealtimeServer } from './support/realtime-server';

// The host's answers to a flood (issue 8, items 5 and 11): kick all who joined in the last minute, ban a
// nickname pattern; a kicked phone cannot come back under another name: not from the same browser, by the server's
// device cookie, whatever device id it declares (issue 18, item 7).

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

test('a kicked player cannot rejoin from the same browser under a new name, whatever device id it sends; another browser can', async () => {
  const { host, gameId, hostToken, code } = await server.hostCreates();
  // A browser's first request to the socket gets the server's device cookie; the browser sends it from then on.
  const handshake = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`);
  await handshake.text();
  const setCookie = handshake.headers.get('set-cookie') ?? '';
  expect(setCookie).toMatch(/^cramjam_device=[\w-]{32}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
  const browser = { cookie: setCookie.split(';')[0]! };
  const joined = await ask(await server.client(browser), 'player:join', { code, nickname: 'Troll' });
  if (!joined.ok) throw new Error(joined.error);
  expect(await ask(host, 'host:kick', { gameId, hostToken, playerId: joined.data.playerId })).toMatchObject({ ok: true });

  const removed = { ok: false, code: 'kicked', error: 'The host removed you from this game.' };
  const again = await server.client(browser);
  expect(await ask(again, 'player:join', { code, nickname: 'Nice Person' })).toEqual(removed);
  // A device id of its own choosing is not who it is (older phones sent one).
  const declared = { code, nickname: 'Nicer Person', deviceId: crypto.randomUUID() } as { code: string; nickname: string };
  expect(await ask(again, 'player:join', declared)).toEqual(removed);
  expect(await ask(await server.client(browserCookie()), 'player:join', { code, nickname: 'Nice Person' })).toMatchObject({ ok: true });
});

test('a phone that came without a cookie is kept out by the one its connection was given', async () => {
  const { host, gameId, hostToken, code } = await server.hostCreates();
  const phone = await server.client();
  const joined = await ask(phone, 'player:join', { code, nickname: 'Sneaky' });
  if (!joined.ok) throw new Error(joined.error);
  expect(await ask(host, 'host:kick', { gameId, hostToken, playerId: joined.data.playerId })).toMatchObject({ ok: true });
  expect(await ask(phone, 'player:join', { code, nickname: 'Not Sneaky' })).toMatchObject({ ok: false, code: 'kicked' });
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
