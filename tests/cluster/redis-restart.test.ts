import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, expect, test } from 'vitest';
import { useTestDb } from '../support/db';
import { ask, next } from '../support/realtime-server';
import { answerUntilSettled, askUntilServed, BASE_PORT, optionsOf, PRIVATE_REDIS_PORT, startCluster } from './support/cluster';

// Redis goes away mid-round and comes back empty (a private redis-server, no
// persistence): no acknowledged answer is lost, and every socket gets its whole
// screen again once the nodes reconnect.

const REDIS_PORT = PRIVATE_REDIS_PORT;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startRedis(): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const ping = spawn('redis-cli', ['-p', String(REDIS_PORT), 'ping'], { stdio: 'ignore' });
    if ((await new Promise((r) => ping.once('exit', r))) === 0) return child;
    await sleep(100);
  }
  throw new Error(`redis-server did not start on port ${REDIS_PORT}`);
}

let redis = await startRedis();
afterAll(() => void redis.kill('SIGKILL'));
const db = useTestDb();
const cluster = await startCluster(db, { nodes: 2, firstPort: BASE_PORT + 40, redisUrl: `redis://127.0.0.1:${REDIS_PORT}` });
const [one, two] = cluster.nodes as [typeof cluster.nodes[0], typeof cluster.nodes[0]];

test('Redis restarted mid-round: every acknowledged answer is stored, the phones get their screen again, play goes on', async () => {
  const { host, gameId, hostToken, code } = await cluster.hostCreates(one.url, { count: 2, secondsPerQuestion: 60 });
  const phones = await Promise.all(['A', 'B', 'C', 'D', 'E'].map((name, i) => cluster.phoneJoins((i === 0 ? one : two).url, code, name)));
  const questions = phones.map((p) => next(p.phone, 'player:screen', (s) => s.screen === 'question' && s.round.index === 0));
  expect(await ask(host, 'host:start', { gameId, hostToken })).toEqual({ ok: true, data: null });
  await Promise.all(questions);
  const { right } = await optionsOf(db, gameId, 0);
  expect(await ask(phones[1]!.phone, 'player:answer', { index: 0, optionIds: right })).toMatchObject({ ok: true });

  redis.kill('SIGKILL');
  await new Promise((r) => redis.once('exit', r));
  // Answers keep coming from the node that does not own the game: "try again" until Redis is back.
  const acked = new Set([phones[1]!.playerId]);
  const answering = [0, 2, 3].map(async (i) => {
    const reply = await answerUntilSettled(() => phones[i]!.phone, 0, right, 80);
    if (reply.ok) acked.add(phones[i]!.playerId);
    return reply;
  });
  await sleep(1500);
  // Back, empty: every socket on node 2 is sent its whole current screen again (the answer it gave included).
  const resynced = next(phones[4]!.phone, 'player:screen', (s) => s.screen === 'question' && s.round.index === 0);
  redis = await startRedis();
  for (const reply of await Promise.all(answering)) expect(reply).toMatchObject({ ok: true });
  await resynced;

  const stored = await db.answer.findMany({ where: { round: { gameId, index: 0 } } });
  expect(stored.map((a) => a.playerId).sort()).toEqual([...acked].sort());
  expect(acked.size).toBe(4);

  // The round closes when E answers; the reveal reaches every node.
  const reveals = phones.map((p) => next(p.phone, 'player:screen', (s) => s.screen === 'reveal' && s.round.index === 0));
  expect(await answerUntilSettled(() => phones[4]!.phone, 0, right)).toMatchObject({ ok: true });
  await Promise.all(reveals);
  const opened = phones.map((p) => next(p.phone, 'player:screen', (s) => s.screen === 'question' && s.round.index === 1));
  expect(await askUntilServed(host, 'host:next', { gameId, hostToken, from: { phase: 'reveal', index: 0 } })).toEqual({ ok: true, data: null });
  await Promise.all(opened);
  expect(await db.answer.count({ where: { round: { gameId, index: 0 } } })).toBe(5);
});
