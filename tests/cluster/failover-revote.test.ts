import { expect, test } from 'vitest';
import { useTestDb } from '../support/db';
import { ask, next } from '../support/realtime-server';
import { askUntilServed, BASE_PORT, LEASE_MS, optionsOf, startCluster } from './support/cluster';

// Discuss and vote again across nodes: the owner of a game is killed in the
// middle of a second vote; the other node takes the game over from Postgres and
// closes that vote with every acknowledged answer of both votes.

const db = useTestDb();
const cluster = await startCluster(db, { nodes: 2, firstPort: BASE_PORT + 60 });
const [one, two] = cluster.nodes as [typeof cluster.nodes[0], typeof cluster.nodes[0]];

test('kill -9 of the owner mid second vote: the other node reveals both votes, with the second answers acknowledged before the kill', async () => {
  const created = await cluster.hostCreates(one.url, { count: 2, secondsPerQuestion: 60, holdSplit: true });
  const { gameId, hostToken, code } = created;
  const host = await cluster.client(two.url); // the host's screen is on node 2, which does not own the game
  expect(await ask(host, 'host:resume', { gameId, hostToken })).toEqual({ ok: true, data: { code } });
  created.host.disconnect();
  const players = [
    await cluster.phoneJoins(two.url, code, 'Ada'), await cluster.phoneJoins(two.url, code, 'Bo'),
    await cluster.phoneJoins(two.url, code, 'Cy'), await cluster.phoneJoins(two.url, code, 'Dee'),
  ];
  const opened = next(players[0]!.phone, 'player:screen', (s) => s.screen === 'question');
  expect(await ask(host, 'host:start', { gameId, hostToken })).toEqual({ ok: true, data: null });
  await opened;
  const { right, wrong } = await optionsOf(db, gameId, 0);
  const held = next(host, 'host:screen', (s) => s.screen === 'held');
  for (const [i, pick] of [right, right, wrong, wrong].entries()) expect(await ask(players[i]!.phone, 'player:answer', { index: 0, optionIds: pick })).toMatchObject({ ok: true });
  await held;

  const second = next(players[2]!.phone, 'player:screen', (s) => s.screen === 'question' && s.round.attempt === 2);
  expect(await ask(host, 'host:revote', { gameId, hostToken, index: 0 })).toEqual({ ok: true, data: null });
  await second;
  expect(await ask(players[2]!.phone, 'player:answer', { index: 0, optionIds: right })).toMatchObject({ ok: true });
  process.kill(one.pid, 'SIGKILL');

  const { owner } = await cluster.newOwner(gameId, one.id, LEASE_MS + 2000);
  expect(owner).toBe(two.id);
  const reveal = next(host, 'host:screen', (s) => s.screen === 'reveal');
  const fresh = await cluster.client(two.url);
  expect(await askUntilServed(fresh, 'host:resume', { gameId, hostToken })).toEqual({ ok: true, data: { code } });
  const shown = await reveal;
  if (shown.screen !== 'reveal') throw new Error('expected the reveal');
  expect(shown.reveal).toMatchObject({ answered: 4, correctCount: 3, firstVote: { answered: 4, correctCount: 2, changedToRight: 1 } });
  // Dee's second vote comes too late: the round is closed, and her first answer is what stands.
  expect(await askUntilServed(players[3]!.phone, 'player:answer', { index: 0, optionIds: right })).toEqual({ ok: true, data: { picked: wrong } });
  const rows = await db.answer.findMany({ where: { round: { gameId, index: 0 } }, select: { playerId: true, attempt: true } });
  expect(rows.map((r) => `${players.findIndex((p) => p.playerId === r.playerId)}:${r.attempt}`).sort()).toEqual(['0:1', '1:1', '2:1', '2:2', '3:1']);
});
