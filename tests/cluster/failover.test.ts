import { expect, onTestFinished, test } from 'vitest';
import type { PlayerScreen } from '../../common/protocol';
import { leaseOf } from '../../server/store/leases';
import { useTestDb } from '../support/db';
import { ask, next, type TestClient } from '../support/realtime-server';
import { answerUntilSettled, askUntilServed, BASE_PORT, LEASE_MS, optionsOf, startCluster } from './support/cluster';

// The owner of a game stops: paused past its lease, or killed with answers in
// flight. Another node takes the game over from Postgres; nothing acknowledged
// is lost, nothing is stored twice, and the stale owner says nothing more.

const db = useTestDb();
const cluster = await startCluster(db, { nodes: 3, firstPort: BASE_PORT + 20 });
const [one, two, three] = cluster.nodes as [typeof cluster.nodes[0], typeof cluster.nodes[0], typeof cluster.nodes[0]];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every screen a socket receives from now on. */
function record(socket: TestClient) {
  const seen: { event: string; screen: { screen: string; round?: { index: number } } }[] = [];
  socket.on('player:screen', (screen: PlayerScreen) => seen.push({ event: 'player:screen', screen }));
  socket.on('player:shared', (screen) => seen.push({ event: 'player:shared', screen }));
  socket.on('player:own', (part) => seen.push({ event: 'player:own', screen: { screen: part.screen, round: 'index' in part ? { index: part.index } : undefined } }));
  socket.on('host:screen', (screen) => seen.push({ event: 'host:screen', screen }));
  return seen;
}

test('kill -STOP of the owner past its lease, then kill -CONT: another node serves the game, the old owner writes and emits nothing for it', async () => {
  const created = await cluster.hostCreates(one.url, { count: 3, secondsPerQuestion: 5 });
  const { gameId, hostToken, code } = created;
  const host = await cluster.client(two.url); // the host's screen moves to node 2; node 1 still owns the game
  expect(await ask(host, 'host:resume', { gameId, hostToken })).toEqual({ ok: true, data: { code } });
  created.host.disconnect();
  const ada = await cluster.phoneJoins(two.url, code, 'Ada');
  const bo = await cluster.phoneJoins(three.url, code, 'Bo');
  const question = next(ada.phone, 'player:screen', (s) => s.screen === 'question' && s.round.index === 0);
  expect(await ask(host, 'host:start', { gameId, hostToken })).toEqual({ ok: true, data: null });
  const openedAt = performance.now();
  await question;
  const first = await optionsOf(db, gameId, 0);
  expect(await ask(ada.phone, 'player:answer', { index: 0, optionIds: first.right })).toMatchObject({ ok: true });

  process.kill(one.pid, 'SIGSTOP');
  onTestFinished(() => void process.kill(one.pid, 'SIGCONT')); // a failure below must not leave node 1 frozen for the next test
  const { owner } = await cluster.newOwner(gameId, one.id, LEASE_MS + 2000);
  const epoch = (await leaseOf(db, gameId))!.epoch;
  expect(epoch).toBe(2);
  // The new owner serves the host: it ends round 1 (unless its clock, restored from node 1, already did). The game
  // waits at the reveal, where the new owner runs no timer, so whatever changes from here on came from node 1.
  expect(await askUntilServed(host, 'host:next', { gameId, hostToken, from: { phase: 'question', index: 0 } })).toEqual({ ok: true, data: null });
  await sleep(Math.max(0, openedAt + 5_000 + 500 - performance.now())); // round 1's timer on node 1 is overdue now

  const stored = async () => ({
    answers: await db.answer.findMany({ where: { round: { gameId } }, orderBy: { id: 'asc' } }),
    rounds: await db.round.findMany({ where: { gameId }, orderBy: { index: 'asc' }, select: { openedAt: true, closedAt: true } }),
    game: await db.game.findUniqueOrThrow({ where: { id: gameId }, select: { status: true, locked: true } }),
    lease: await leaseOf(db, gameId),
  });
  const before = await stored();
  const seen = [host, ada.phone, bo.phone].map(record);
  process.kill(one.pid, 'SIGCONT'); // its timers fire now: round 1's deadline, the lease renewal
  await sleep(LEASE_MS);
  expect(await stored()).toEqual(before);
  expect(before.lease).toMatchObject({ owner, epoch });
  expect(seen.flat().filter(({ screen }) => screen.round?.index === 0)).toEqual([]); // no late reveal of round 1 from node 1

  // Node 1 is back as one node among three: play goes on, through it too. The host opens
  // round 2 and ends it at once, then plays round 3 with a full clock.
  const second = next(bo.phone, 'player:screen', (s) => s.screen === 'question' && s.round.index === 1);
  expect(await ask(host, 'host:next', { gameId, hostToken, from: { phase: 'reveal', index: 0 } })).toEqual({ ok: true, data: null });
  await second;
  expect(await ask(host, 'host:next', { gameId, hostToken, from: { phase: 'question', index: 1 } })).toEqual({ ok: true, data: null });
  const third = next(bo.phone, 'player:screen', (s) => s.screen === 'question' && s.round.index === 2);
  expect(await ask(host, 'host:next', { gameId, hostToken, from: { phase: 'reveal', index: 1 } })).toEqual({ ok: true, data: null });
  await third;
  const options = await optionsOf(db, gameId, 2);
  const reveal = next(host, 'host:screen', (s) => s.screen === 'reveal' && s.round.index === 2);
  const late = await cluster.client(one.url);
  expect(await ask(late, 'player:resume', { gameId, playerToken: bo.playerToken })).toMatchObject({ ok: true });
  expect(await ask(late, 'player:answer', { index: 2, optionIds: options.right })).toMatchObject({ ok: true });
  expect(await ask(ada.phone, 'player:answer', { index: 2, optionIds: options.wrong })).toMatchObject({ ok: true });
  await reveal;
  expect(await db.answer.count({ where: { round: { gameId } } })).toBe(3);
});

test('kill -9 of the owner mid-round with answers in flight: another node owns the game within lease + 2 s, every acknowledged answer is stored once, everyone resumes with their tokens', async () => {
  const { host, gameId, hostToken, code } = await cluster.hostCreates(one.url, { count: 2, secondsPerQuestion: 60 });
  const where = [one, one, two, two, three, three, two, three];
  const phones = await Promise.all(where.map((node, i) => cluster.phoneJoins(node.url, code, `P${i + 1}`)));
  const sockets = phones.map((p) => p.phone);
  const questions = sockets.map((s) => next(s, 'player:screen', (x) => x.screen === 'question' && x.round.index === 0));
  expect(await ask(host, 'host:start', { gameId, hostToken })).toEqual({ ok: true, data: null });
  await Promise.all(questions);
  const { right, wrong } = await optionsOf(db, gameId, 0);
  const pick = (i: number) => (i % 2 === 0 ? right : wrong);

  // Answers flow: two are in before the kill, the rest are sent while node 1 dies and after.
  const acked = new Set<string>();
  const settle = async (i: number) => {
    const reply = await answerUntilSettled(() => sockets[i]!, 0, pick(i));
    if (reply.ok) acked.add(phones[i]!.playerId);
    return reply;
  };
  await Promise.all([settle(2), settle(4)]);
  const flowing = [3, 5, 6, 7].map((i, k) => sleep(k * 150).then(() => settle(i)));
  await sleep(100);
  const killedAt = performance.now();
  process.kill(one.pid, 'SIGKILL');
  // Phones on node 1 lost their socket: they come back through the other nodes with their tokens.
  const rejoined = [0, 1].map(async (i) => {
    const socket = await cluster.client((i === 0 ? two : three).url);
    sockets[i] = socket;
    expect(await askUntilServed(socket, 'player:resume', { gameId, playerToken: phones[i]!.playerToken })).toMatchObject({ ok: true });
    return settle(i);
  });
  const { owner, ms } = await cluster.newOwner(gameId, one.id, LEASE_MS + 2000);
  console.log(`failover: ${owner} owns the game ${Math.round(performance.now() - killedAt)} ms after kill -9 (waited ${Math.round(ms)} ms; lease ${LEASE_MS} ms)`);
  const replies = await Promise.all([...flowing, ...rejoined]);
  // Every answer was either acknowledged, or refused because the new owner had closed the round with what it had.
  for (const reply of replies) if (!reply.ok) expect(reply.code).toBe('round_closed');

  const rows = await db.answer.findMany({ where: { round: { gameId, index: 0 } } });
  const storedIds = rows.map((a) => a.playerId);
  expect(new Set(storedIds).size).toBe(storedIds.length); // once each
  for (const playerId of acked) expect(storedIds).toContain(playerId); // nothing acknowledged is lost
  console.log(`answers acknowledged ${acked.size}, stored ${rows.length}, acknowledged but lost ${[...acked].filter((id) => !storedIds.includes(id)).length}`);

  // The host comes back through node 3 to round 1's reveal, and the game goes on to the podium.
  const newHost = await cluster.client(three.url);
  const reveal = next(newHost, 'host:screen', (s) => s.screen === 'reveal' && s.round.index === 0);
  expect(await askUntilServed(newHost, 'host:resume', { gameId, hostToken })).toEqual({ ok: true, data: { code } });
  await reveal;
  host.disconnect();
  const second = await optionsOf(db, gameId, 1);
  const opened = sockets.map((s) => next(s, 'player:screen', (x) => x.screen === 'question' && x.round.index === 1));
  expect(await askUntilServed(newHost, 'host:next', { gameId, hostToken, from: { phase: 'reveal', index: 0 } })).toEqual({ ok: true, data: null });
  await Promise.all(opened);
  const closed = next(newHost, 'host:screen', (s) => s.screen === 'reveal' && s.round.index === 1);
  for (const socket of sockets) expect(await ask(socket, 'player:answer', { index: 1, optionIds: second.right })).toMatchObject({ ok: true });
  await closed;
  const podium = next(newHost, 'host:screen', (s) => s.screen === 'ended');
  expect(await ask(newHost, 'host:end', { gameId, hostToken })).toEqual({ ok: true, data: null });
  const ended = await podium;
  if (ended.screen !== 'ended') throw new Error('expected the podium');
  const players = await db.player.findMany({ where: { gameId }, include: { answers: true } });
  const totals = new Map(players.map((p) => [p.nickname, p.answers.reduce((sum, a) => sum + a.points, 0)]));
  for (const standing of ended.podium) expect(standing.score).toBe(totals.get(standing.nickname));
  expect(await db.answer.count({ where: { round: { gameId, index: 1 } } })).toBe(8);
});
