import { io as connect } from 'socket.io-client';
import { expect, onTestFinished, test } from 'vitest';
import { SOCKET_OPTIONS } from '../../app/lib/socket-options';
import { leaseOf } from '../../server/store/leases';
import { useTestDb } from '../support/db';
import { ask, next, type TestClient } from '../support/realtime-server';
import { BASE_PORT, optionsOf, startCluster } from './support/cluster';
import { withoutWebSockets } from './support/no-websockets';

// Three real nodes behind nginx: the host on one node, phones on the others and
// through the proxy; every command reaches the game's one owner.

const db = useTestDb();
const cluster = await startCluster(db, { nodes: 3, firstPort: BASE_PORT, proxyPort: BASE_PORT + 10 });
const [one, two, three] = cluster.nodes as [typeof cluster.nodes[0], typeof cluster.nodes[0], typeof cluster.nodes[0]];

test('host on node 1, phones on nodes 2 and 3 and through nginx -> two rounds -> the podium with the right scores', async () => {
  const { host, gameId, hostToken, code } = await cluster.hostCreates(one.url, { count: 2 });
  expect(await leaseOf(db, gameId)).toMatchObject({ owner: one.id, epoch: 1, expired: false });
  const ada = await cluster.phoneJoins(two.url, code, 'Ada');
  const bo = await cluster.phoneJoins(three.url, code, 'Bo');
  const cy = await cluster.phoneJoins(cluster.proxy!.url, code, 'Cy');
  const lobby = await next(host, 'host:screen', (s) => s.screen === 'lobby' && s.players.length === 3);
  expect(lobby.screen === 'lobby' && lobby.players.map((p) => [p.nickname, p.connected])).toEqual([['Ada', true], ['Bo', true], ['Cy', true]]);

  for (const index of [0, 1]) {
    const questions = [ada, bo, cy].map((p) => next(p.phone, 'player:screen', (s) => s.screen === 'question' && s.round.index === index));
    const auth = { gameId, hostToken };
    expect(await ask(host, index === 0 ? 'host:start' : 'host:next', index === 0 ? auth : { ...auth, from: { phase: 'reveal', index: 0 } }))
      .toEqual({ ok: true, data: null });
    await Promise.all(questions); // the owner's broadcast reached phones on every node
    const { right, wrong } = await optionsOf(db, gameId, index);
    const reveals = [ada, bo, cy].map((p) => next(p.phone, 'player:screen', (s) => s.screen === 'reveal' && s.round.index === index));
    const hostReveal = next(host, 'host:screen', (s) => s.screen === 'reveal' && s.round.index === index);
    expect(await ask(ada.phone, 'player:answer', { index, optionIds: right })).toEqual({ ok: true, data: { picked: right } });
    expect(await ask(bo.phone, 'player:answer', { index, optionIds: index === 0 ? right : wrong })).toMatchObject({ ok: true });
    expect(await ask(cy.phone, 'player:answer', { index, optionIds: wrong })).toMatchObject({ ok: true });
    const [adaReveal] = await Promise.all(reveals); // everyone answered: the round closed early
    expect(adaReveal).toMatchObject({ you: { outcome: 'correct' } });
    await hostReveal;
  }

  const podium = next(host, 'host:screen', (s) => s.screen === 'ended');
  const adaEnded = next(ada.phone, 'player:screen', (s) => s.screen === 'ended');
  expect(await ask(host, 'host:end', { gameId, hostToken })).toEqual({ ok: true, data: null });
  const ended = await podium;
  if (ended.screen !== 'ended') throw new Error('expected the podium');
  // The podium agrees with what was stored: one row per answer, scores the sums of their points.
  const players = await db.player.findMany({ where: { gameId }, include: { answers: true }, orderBy: { joinOrder: 'asc' } });
  expect(players.map((p) => p.answers.length)).toEqual([2, 2, 2]);
  const stored = Object.fromEntries(players.map((p) => [p.nickname, p.answers.reduce((sum, a) => sum + a.points, 0)]));
  expect(ended.podium.map((s) => [s.nickname, s.score])).toEqual(Object.entries(stored).sort((a, b) => b[1] - a[1]));
  expect(stored.Ada).toBeGreaterThan(stored.Bo!);
  expect(stored.Cy).toBe(0);
  expect(await adaEnded).toMatchObject({ screen: 'ended', rank: 1 });
});

test('a phone on a node that does not own the game can do nothing a phone on the owner could not: host commands need the host token', async () => {
  const { host, gameId, hostToken, code } = await cluster.hostCreates(one.url, { count: 1 });
  const ada = await cluster.phoneJoins(two.url, code, 'Ada');
  const bo = await cluster.phoneJoins(three.url, code, 'Bo');
  const forbidden = { ok: false, code: 'forbidden', error: 'Only the host of this game can do that.' };
  expect(await ask(ada.phone, 'host:start', { gameId, hostToken: ada.playerToken })).toEqual(forbidden);
  expect(await ask(ada.phone, 'host:kick', { gameId, hostToken: 'not-the-host-token-at-all-0123456789', playerId: bo.playerId })).toEqual(forbidden);
  expect(await ask(ada.phone, 'host:end', { gameId, hostToken: ada.playerToken })).toEqual(forbidden);
  expect(await ask(ada.phone, 'player:resume', { gameId, playerToken: 'not-anyones-player-token-0123456789' })).toMatchObject({ ok: false, code: 'not_found' });
  expect(await ask(ada.phone, 'host:resume', { gameId, hostToken: 'a-guessed-host-token-0123456789' })).toEqual(forbidden);
  // Nothing happened: still in the lobby, nobody kicked; the real host still can.
  expect(await db.game.findUniqueOrThrow({ where: { id: gameId } })).toMatchObject({ status: 'lobby' });
  expect(await db.player.count({ where: { gameId, kicked: true } })).toBe(0);
  const kicked = next(bo.phone, 'player:screen', (s) => s.screen === 'removed');
  expect(await ask(host, 'host:kick', { gameId, hostToken, playerId: bo.playerId })).toEqual({ ok: true, data: null });
  await kicked;
});

test('room codes stay unique among live games on every node: the database refuses a second live game with a code', async () => {
  const [a, b] = await Promise.all([cluster.hostCreates(two.url), cluster.hostCreates(three.url)]);
  expect(a.code).not.toBe(b.code);
  const live = await db.game.findMany({ where: { liveCode: { not: null } }, select: { liveCode: true } });
  expect(new Set(live.map((g) => g.liveCode)).size).toBe(live.length);
});

test('a phone on a network that blocks WebSockets plays through nginx by long-polling, with the web app\'s socket options', async () => {
  const { host, gameId, hostToken, code } = await cluster.hostCreates(one.url, { count: 1 });
  const network = await withoutWebSockets(cluster.proxy!.url);
  onTestFinished(() => network.close());
  const phone: TestClient = connect(network.url, { ...SOCKET_OPTIONS, forceNew: true });
  onTestFinished(() => void phone.close());
  await new Promise<void>((resolve, reject) => {
    phone.once('connect', () => resolve());
    setTimeout(() => reject(new Error('the phone never connected: no fallback to long-polling')), 10_000);
  });
  expect(phone.io.engine.transport.name).toBe('polling');
  // Every request of the session reached the node that opened it (nginx sticks polling to one node): play works.
  const joined = await ask(phone, 'player:join', { code, nickname: 'Poll' });
  if (!joined.ok) throw new Error(joined.error);
  const question = next(phone, 'player:screen', (s) => s.screen === 'question' && s.round.index === 0);
  expect(await ask(host, 'host:start', { gameId, hostToken })).toEqual({ ok: true, data: null });
  await question;
  const { right } = await optionsOf(db, gameId, 0);
  const reveal = next(phone, 'player:screen', (s) => s.screen === 'reveal' && s.round.index === 0);
  expect(await ask(phone, 'player:answer', { index: 0, optionIds: right })).toEqual({ ok: true, data: { picked: right } });
  expect(await reveal).toMatchObject({ you: { outcome: 'correct' } });
  expect(phone.io.engine.transport.name).toBe('polling');
});
