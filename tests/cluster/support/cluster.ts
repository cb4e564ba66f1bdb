import path from 'node:path';
import { afterAll, inject } from 'vitest';
import type { GameSettingsInput } from '../../../common/protocol';
import type { Db } from '../../../server/store/db';
import { leaseOf } from '../../../server/store/leases';
import { startNginx, type Proxy } from '../../../scripts/cluster/nginx';
import { CLUSTER_DIR, startNodes } from '../../../scripts/cluster/nodes';
import { ask, connectClient, type TestClient } from '../../support/realtime-server';

/**
 * The cluster tests' ports: from CLUSTER_TEST_PORT, else E2E_PORT + 10 (so runs in
 * several worktrees keep to their own ranges), else 3610; they use up to 45 ports
 * from there. Their private Redis: CLUSTER_TEST_REDIS_PORT, else E2E_PORT + 70, else 6391.
 */
const e2ePort = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : undefined;
export const BASE_PORT = Number(process.env.CLUSTER_TEST_PORT ?? (e2ePort ? e2ePort + 10 : 3610));
export const PRIVATE_REDIS_PORT = Number(process.env.CLUSTER_TEST_REDIS_PORT ?? (e2ePort ? e2ePort + 70 : 6391));
export const LEASE_MS = 3000;

export interface TestNode {
  id: string;
  url: string;
  pid: number;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Real Cramjam nodes (`node server/index.ts`, the production build) on this run's
 * test database and a Redis, with a short lease so failovers take seconds; rate
 * limits off (every test client is 127.0.0.1) unless `env` turns them on.
 */
export async function startCluster(db: Db, options: { nodes: number; firstPort: number; redisUrl?: string; proxyPort?: number; env?: Record<string, string> }) {
  const idPrefix = `t${process.pid}-${options.firstPort}`;
  // Its own Redis prefix: runs side by side on one Redis (several worktrees) never see each other's nodes.
  const env = { DATABASE_URL: inject('databaseUrl'), REDIS_URL: options.redisUrl ?? 'redis://127.0.0.1:6379', CRAMJAM_LEASE_MS: String(LEASE_MS), CRAMJAM_REDIS_PREFIX: idPrefix, ...options.env };
  const started = await startNodes({ count: options.nodes, firstPort: options.firstPort, env, idPrefix });
  const nodes: TestNode[] = started.map((n, i) => ({ id: `${idPrefix}-${i + 1}`, url: n.url, pid: n.pid, exited: n.exited, stop: n.stop }));
  let proxy: Proxy | undefined;
  if (options.proxyPort) proxy = await startNginx(options.proxyPort, nodes.map((n) => new URL(n.url).host), path.join(CLUSTER_DIR, `nginx-test-${options.proxyPort}`));
  const clients: TestClient[] = [];
  const bank = await db.bank.findFirstOrThrow({ where: { sourceName: 'content/aws-ml-engineer-sample-questions.md' }, orderBy: { version: 'desc' } }); // choice questions: the players tap options

  async function stop() {
    for (const c of clients) c.disconnect();
    for (const n of nodes) {
      try {
        process.kill(n.pid, 'SIGCONT'); // a paused node must be able to stop
      } catch {
        // killed by the test already
      }
    }
    await Promise.all(nodes.map((n) => n.stop().catch(() => {})));
    await proxy?.stop();
  }
  afterAll(stop);

  /** A socket on `url`: a node, or the proxy; `headers` go with its handshake (a browser's cookie). */
  async function client(url: string, headers?: Record<string, string>): Promise<TestClient> {
    const socket = await connectClient(url, headers);
    clients.push(socket);
    return socket;
  }

  async function hostCreates(url: string, settings: Partial<GameSettingsInput> = {}) {
    const host = await client(url);
    const created = await ask(host, 'host:create', {
      bankId: bank.id, sections: [], count: 3, secondsPerQuestion: 60, shuffleQuestions: false, shuffleOptions: false,
      showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: 'cluster-test-host', ...settings,
    });
    if (!created.ok) throw new Error(created.error);
    return { host, ...created.data };
  }

  async function phoneJoins(url: string, code: string, nickname: string) {
    const phone = await client(url);
    const joined = await ask(phone, 'player:join', { code, nickname });
    if (!joined.ok) throw new Error(joined.error);
    return { phone, ...joined.data };
  }

  /** Waits until a node other than `previous` holds a live lease on the game; its id and how long that took. */
  async function newOwner(gameId: string, previous: string, timeoutMs: number): Promise<{ owner: string; ms: number }> {
    const started = performance.now();
    while (performance.now() - started < timeoutMs) {
      const lease = await leaseOf(db, gameId);
      if (lease && lease.owner !== previous && !lease.expired) return { owner: lease.owner, ms: performance.now() - started };
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no other node took game ${gameId} within ${timeoutMs} ms`);
  }

  const node = (id: string) => nodes.find((n) => n.id === id)!;
  return { nodes, node, proxy, client, hostCreates, phoneJoins, newOwner, stop };
}

/** The options of round `index` as phones name them: the right one(s), and a wrong one. */
export async function optionsOf(db: Db, gameId: string, index: number) {
  const { optionIdAt } = await import('../../../server/game/plan');
  const round = await db.round.findFirstOrThrow({ where: { gameId, index }, include: { question: { include: { options: true } } } });
  const shown = (id: string) => optionIdAt(round.optionOrder.indexOf(id));
  return {
    right: round.question.options.filter((o) => o.correct).map((o) => shown(o.id)),
    wrong: [shown(round.question.options.find((o) => !o.correct)!.id)],
  };
}

/**
 * Answers like a phone whose app retries: sends, and on "try again" (the game is
 * moving between nodes) or no ack, sends again, until it is accepted or refused.
 * Resolves with the accepted ack, or the refusal.
 */
export async function answerUntilSettled(socket: () => TestClient, index: number, optionIds: string[], tries = 40) {
  for (let i = 0; i < tries; i++) {
    const reply = await ask(socket(), 'player:answer', { index, optionIds }).catch(() => ({ ok: false as const, code: 'no_ack', error: 'no ack' }));
    if (reply.ok || (reply.code !== 'retry' && reply.code !== 'no_ack' && reply.code !== 'not_joined')) return reply;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('an answer was never settled');
}

/** Sends a command until it is not "try again" (the game is moving between nodes). */
export async function askUntilServed<E extends Parameters<typeof ask>[1]>(socket: TestClient, event: E, payload: Parameters<typeof ask<E>>[2], tries = 40) {
  for (let i = 0; ; i++) {
    const reply = await ask(socket, event, payload).catch(() => ({ ok: false as const, code: 'no_ack', error: 'no ack' }));
    if (reply.ok || (reply.code !== 'retry' && reply.code !== 'no_ack') || i >= tries) return reply;
    await new Promise((r) => setTimeout(r, 250));
  }
}
