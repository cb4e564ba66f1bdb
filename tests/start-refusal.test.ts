// A wrong setting stops the server before it starts anything, with the reason in one line (no stack trace).
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { leaseOf } from '../server/store/leases';
import { useTestDb } from './support/db';
import { ask, startRealtimeServer } from './support/realtime-server';

const root = path.resolve(import.meta.dirname, '..');

test('several nodes without DATABASE_URL: refused with a plain message and exit 1, nothing started', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, REDIS_URL: 'redis://127.0.0.1:6379', PORT: '1' };
  delete env.DATABASE_URL;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/index.ts'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  expect(run.status).toBe(1);
  expect(run.stderr.trim()).toBe(
    'Cramjam cannot start. Invalid environment: REDIS_URL: several nodes need one shared PostgreSQL: set DATABASE_URL too (the embedded database belongs to one machine)',
  );
  expect(run.stdout).toBe('');
});

// A node that cannot bind its port (issue 18, item 6) must not act as one: it exits 1 before it restores a game,
// says it is alive, or takes the lease of a game whose owner died, which it would serve to no one.
describe('a port already taken', () => {
  const db = useTestDb();
  let taken: Server;
  let port: number;
  let gameId: string;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    port = (taken.address() as AddressInfo).port;
    // A game mid-round whose owner died: its lease ran out a minute ago.
    const server = await startRealtimeServer(db);
    const { host, gameId: id, hostToken, code } = await server.hostCreates({ count: 1 });
    await server.phoneJoins(code, 'Ada');
    await ask(host, 'host:start', { gameId: id, hostToken });
    await server.stop();
    gameId = id as string;
    await db.$executeRaw`INSERT INTO "GameLease" ("gameId", "owner", "epoch", "expiresAt") VALUES (${gameId}, 'dead-node', 1, now() - interval '1 minute')`;
  }, 60_000);
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  /** Starts `node server/index.ts` on the taken port; its exit code and output, or null if it still runs after 60 s. */
  async function startOnTakenPort(env: Record<string, string>) {
    // Development mode: the code before this fix prepared Next.js before listening, which needs no build there.
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      cwd: root, env: { ...process.env, DATABASE_URL: inject('databaseUrl'), NODE_ENV: 'development', LOG_LEVEL: 'info', PORT: String(port), HOST: '127.0.0.1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const code = await Promise.race([exited, new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 60_000))]);
    if (code === 'running') {
      child.kill('SIGKILL');
      await exited;
    }
    return { code, output };
  }

  test('several nodes: it exits 1 at once, never said it was alive, and left the dead node\'s game alone', async () => {
    const nodeId = `taken-port-${process.pid}`;
    const redis = createClient({ url: 'redis://127.0.0.1:6379' });
    await redis.connect();
    try {
      const started = performance.now();
      const { code, output } = await startOnTakenPort({ REDIS_URL: 'redis://127.0.0.1:6379', CRAMJAM_NODE_ID: nodeId, CRAMJAM_LEASE_MS: '1000' });
      expect(code, output).toBe(1);
      expect(output).toContain('EADDRINUSE');
      expect(performance.now() - started).toBeLessThan(30_000);
      expect(await redis.exists(`cramjam:alive:${nodeId}`)).toBe(0);
      expect(await leaseOf(db, gameId)).toMatchObject({ owner: 'dead-node', epoch: 1 });
      expect(await db.round.findFirstOrThrow({ where: { gameId, index: 0 }, select: { closedAt: true } })).toEqual({ closedAt: null });
    } finally {
      await redis.quit();
    }
  }, 120_000);

  test('one node: it exits 1 at once, before it takes back (and closes the round of) the games a previous run hosted', async () => {
    const { code, output } = await startOnTakenPort({});
    expect(code, output).toBe(1);
    expect(output).toContain('EADDRINUSE');
    expect(await db.round.findFirstOrThrow({ where: { gameId, index: 0 }, select: { closedAt: true } })).toEqual({ closedAt: null });
  }, 120_000);
});
