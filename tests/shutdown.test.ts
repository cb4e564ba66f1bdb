import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { buildIfStale, startServer, type ServerProcess } from '../scripts/bench/server';
import { createDb } from '../server/store/db';
import { createScratchDatabase, type ScratchDatabase } from '../server/store/pg';

// SIGTERM to `npm start`'s server on DATABASE_URL mid-round, with answers in flight (issue 8, item 9) behind a
// stalled database (issue 18, item 7): every answer queued is stored and acknowledged before the sockets close,
// every event after the signal is refused with a message, the log says it stopped cleanly, the exit code is 0.

let scratch: ScratchDatabase;
let server: ServerProcess;
beforeAll(async () => {
  buildIfStale(); // the real server runs the production build
  scratch = await createScratchDatabase(inject('serverUrl'), 'cramjam_shutdown_test');
  server = await startServer({ env: { DATABASE_URL: scratch.url, LOG_LEVEL: 'info' }, profileDir: null });
}, 300_000);
afterAll(async () => {
  await server?.stop();
  await scratch?.drop();
});

type Reply = { ok: true; data: Record<string, unknown> } | { ok: false; error: string };

function connect(url: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function ask(socket: Socket, event: string, payload: unknown): Promise<Record<string, unknown>> {
  const reply = (await socket.timeout(10_000).emitWithAck(event, payload)) as Reply;
  if (!reply.ok) throw new Error(`${event}: ${reply.error}`);
  return reply.data;
}

test('SIGTERM with the database stalled: every queued answer is stored and acknowledged, later ones refused, exit 0', async () => {
  const { banks } = (await (await fetch(`${server.url}/api/banks`)).json()) as { banks: { id: string; shipped: boolean }[] };
  const host = await connect(server.url);
  const { gameId, hostToken, code } = await ask(host, 'host:create', {
    bankId: banks.find((b) => b.shipped)!.id, sections: [], count: 2, secondsPerQuestion: 60, shuffleQuestions: false,
    shuffleOptions: false, showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: 'shutdown-test-device',
  });
  const phones: { socket: Socket; playerId: string }[] = [];
  for (let i = 0; i < 40; i++) {
    const socket = await connect(server.url);
    const { playerId } = await ask(socket, 'player:join', { code, nickname: `Phone ${i}` });
    phones.push({ socket, playerId: playerId as string });
  }
  const questions = phones.map(({ socket }) => new Promise((resolve) => socket.on('player:screen', (s: { screen: string }) => s.screen === 'question' && resolve(s))));
  await ask(host, 'host:start', { gameId, hostToken });
  await Promise.all(questions);

  // The database stalls: this test holds the answers' table, so the first batch waits on it and the rest queue behind.
  const stall = new pg.Client({ connectionString: scratch.url });
  await stall.connect();
  await stall.query('BEGIN');
  await stall.query('LOCK TABLE "Answer" IN ACCESS EXCLUSIVE MODE');
  const answer = ({ socket }: { socket: Socket }) =>
    (socket.timeout(20_000).emitWithAck('player:answer', { index: 0, optionIds: ['o0'] }) as Promise<Reply & { code?: string }>).catch(() => 'no ack' as const);
  const queued = phones.slice(0, 30).map(answer);
  await new Promise((resolve) => setTimeout(resolve, 1_000)); // they reach the server and wait
  process.kill(server.pid, 'SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 500));
  const late = await Promise.all(phones.slice(30).map(answer)); // after SIGTERM: refused at once, stall or not
  await stall.query('COMMIT');
  await stall.end();
  const replies = await Promise.all(queued);
  for (const { socket } of phones) socket.disconnect();
  host.disconnect();

  expect(replies.filter((r) => r === 'no ack' || !r.ok)).toEqual([]);
  expect(late).toEqual(phones.slice(30).map(() => ({ ok: false, code: 'restarting', error: 'The server is restarting; try again in a moment.' })));
  expect(await server.exited).toBe(0);
  expect(server.recentOutput()).toContain('stopped cleanly');
  const db = createDb(scratch.url);
  try {
    const stored = await db.answer.findMany({ where: { round: { gameId: gameId as string } }, select: { playerId: true } });
    expect(stored.map((a) => a.playerId).sort()).toEqual(phones.slice(0, 30).map((p) => p.playerId).sort());
  } finally {
    await db.$disconnect();
  }
}, 120_000);
