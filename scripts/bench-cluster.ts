/**
 * Cluster load benchmark: many rooms played at once through nginx in front of
 * several Cramjam nodes, then the same load on one node, for comparison.
 *
 *   DATABASE_URL=postgresql://... npm run bench:cluster -- [--players 10000] [--rooms 20] [--nodes 3] [--rounds 2] [--quick]
 *
 * Each run gets a scratch database on DATABASE_URL's server (dropped after) and
 * the cluster uses REDIS_URL (default redis://127.0.0.1:6379). Nodes listen on
 * --port + 1 … (default 3661…) behind nginx on --port; the single node on
 * --port + 20. Every host connects through the proxy too, so the games spread
 * over the nodes as the proxy spreads the hosts. Players are socket.io clients in
 * this process (see bench-room.ts for what each phase measures); all rooms play
 * their rounds at the same moment. Figures, not assertions: exit 0 when the runs
 * completed. --single-only / --cluster-only run one side.
 */
import { cpus } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startNginx, type Proxy } from './cluster/nginx';
import { CLUSTER_DIR, startNodes } from './cluster/nodes';
import { benchDatabase, findShippedBank, storedGame } from './bench/database';
import { checkFileLimit } from './bench/limits';
import { Probe } from './bench/probe';
import { connectHost, connectPlayers, createGame, disconnectAll, endGame, joinPlayers, playRound, type Room, type RoundResult } from './bench/scenario';
import { buildIfStale, startServer, type ServerProcess } from './bench/server';
import { LATENCY_HEADER, latencyRow, mb, ms, table } from './bench/stats';
import { ScreenBoard } from './bench/clients';

interface Options {
  players: number;
  rooms: number;
  nodes: number;
  rounds: number;
  spreadMs: number;
  joinRate: number;
  port: number;
  cluster: boolean;
  single: boolean;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    strict: true,
    options: {
      players: { type: 'string' }, rooms: { type: 'string' }, nodes: { type: 'string' }, rounds: { type: 'string' },
      spread: { type: 'string' }, 'join-rate': { type: 'string' }, port: { type: 'string' },
      quick: { type: 'boolean', default: false }, 'single-only': { type: 'boolean', default: false }, 'cluster-only': { type: 'boolean', default: false },
    },
  });
  const int = (v: string | undefined, fallback: number, min: number, max: number, name: string) => {
    const n = v === undefined ? fallback : Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}.`);
    return n;
  };
  const quick = values.quick ?? false;
  return {
    players: int(values.players, quick ? 200 : 10_000, 1, 20_000, 'players'),
    rooms: int(values.rooms, quick ? 4 : 20, 1, 200, 'rooms'),
    nodes: int(values.nodes, 3, 2, 16, 'nodes'),
    rounds: int(values.rounds, quick ? 1 : 2, 1, 10, 'rounds'),
    spreadMs: int(values.spread, 1000, 0, 60_000, 'spread'),
    joinRate: int(values['join-rate'], 10, 0, 10_000, 'join-rate'),
    port: int(values.port, 3660, 1024, 65_000, 'port'),
    cluster: !values['single-only'],
    single: !values['cluster-only'],
  };
}

/** CPU and memory of each server process, per phase. */
class NodeProbes {
  readonly rows: string[][] = [];
  private readonly probes: Probe[];
  constructor(private readonly servers: { label: string; pid: number }[]) {
    this.probes = servers.map((s) => new Probe(s.pid));
  }
  phase(name: string): void {
    this.probes.forEach((probe, i) => {
      const u = probe.phase();
      this.rows.push([name, this.servers[i]!.label, ms(u.wallMs), ms(u.serverCpuMs), mb(u.serverRssKb), mb(u.serverPeakRssKb)]);
    });
  }
  stop(): void {
    for (const p of this.probes) p.stop();
  }
}

/** One side of the comparison: the same rooms and players against `url`. */
async function play(opts: Options, url: string, databaseUrl: string, servers: { label: string; pid: number }[], title: string): Promise<void> {
  const bank = await findShippedBank(databaseUrl);
  const perRoom = Math.floor(opts.players / opts.rooms);
  const probes = new NodeProbes(servers);
  const latency: string[][] = [];
  const checks: string[] = [];
  const rooms: Room[] = [];
  try {
    probes.phase('start');
    const connect: number[] = [];
    let connectFailed = 0;
    const connectStarted = performance.now();
    for (let r = 0; r < opts.rooms; r++) {
      const room: Room = { url, board: new ScreenBoard(), host: await connectHost(url), players: [], sockets: [] };
      rooms.push(room);
      const result = await connectPlayers(room, perRoom, 100);
      connect.push(...result.latencies);
      connectFailed += result.failures.total;
    }
    latency.push(latencyRow('connect', connect, `${connect.length}/${perRoom * opts.rooms} in ${ms(performance.now() - connectStarted)}${connectFailed ? `, ${connectFailed} failed` : ''}`));
    probes.phase('connect');

    latency.push(latencyRow('create game', await Promise.all(rooms.map((room) => createGame(room.host, bank.id, opts.rounds, 60)))));
    const joins = await Promise.all(rooms.map((room) => joinPlayers(room, opts.joinRate)));
    const refused = joins.reduce((n, j) => n + j.failures.total, 0);
    latency.push(latencyRow('join ack', joins.flatMap((j) => j.latencies), `${opts.joinRate}/s per room, ${opts.joinRate * opts.rooms}/s in all${refused ? `; ${refused} refused` : ''}`));
    probes.phase('join');

    const played: RoundResult[][] = [];
    for (let index = 0; index < opts.rounds; index++) {
      const results = await Promise.all(rooms.map((room) => playRound(room, index, opts.spreadMs)));
      played.push(results);
      const failed = results.reduce((n, r) => n + r.answerFailures.total, 0);
      latency.push(
        latencyRow(`round ${index + 1} question fan-out`, results.flatMap((r) => r.question), `host ack p50 ${ms(median(results.map((r) => r.hostAckMs)))}`),
        latencyRow(`round ${index + 1} answer ack`, results.flatMap((r) => r.answer), `answers sent over ${ms(opts.spreadMs)} in every room at once${failed ? `; ${failed} failed` : ''}`),
        latencyRow(`round ${index + 1} reveal fan-out`, results.flatMap((r) => r.reveal), 'from each room\'s last answer'),
      );
      probes.phase(`round ${index + 1}`);
    }
    const ends = await Promise.all(rooms.map((room) => endGame(room)));
    latency.push(latencyRow('end fan-out', ends.flatMap((e) => e.ended)));
    probes.phase('end');

    // Stored rows: every joined player a Player row, every acknowledged answer an Answer row, in every room.
    let players = 0;
    let playerRows = 0;
    let acks = 0;
    let answerRows = 0;
    let screensMissing = 0;
    for (const [r, room] of rooms.entries()) {
      const stored = await storedGame(databaseUrl, room.host.auth!.gameId);
      players += room.players.length;
      playerRows += stored.players;
      for (const round of played) {
        acks += round[r]!.answer.length;
        answerRows += stored.answers.get(round[r]!.index) ?? 0;
        screensMissing += round[r]!.missingQuestion + round[r]!.missingReveal;
      }
      screensMissing += ends[r]!.missing;
    }
    const dropped = rooms.flatMap((room) => room.players).filter((p) => p.droppedBecause).length;
    const line = (ok: boolean, label: string, detail: string) => checks.push(`  ${ok ? 'ok      ' : 'MISMATCH'}  ${label.padEnd(16)} ${detail}`);
    line(players === perRoom * opts.rooms && playerRows === players, 'joined', `${players}/${perRoom * opts.rooms} players, ${playerRows} Player rows`);
    line(acks === players * opts.rounds && answerRows === acks, 'answers', `${acks} acknowledged of ${players * opts.rounds}, ${answerRows} Answer rows`);
    line(screensMissing === 0, 'screens', `${screensMissing} question/reveal/final screens missing`);
    line(dropped === 0, 'dropped sockets', String(dropped));
  } finally {
    probes.stop();
    for (const room of rooms) disconnectAll(room);
    console.log(`\n== ${title}: ${perRoom * opts.rooms} players in ${opts.rooms} rooms of ${perRoom}, ${opts.rounds} rounds, answers spread over ${ms(opts.spreadMs)}`);
    console.log(table(LATENCY_HEADER, latency));
    console.log('\nper server process, per phase (CPU = time on a core; 2 cores = 2x wall at most)');
    console.log(table(['phase', 'process', 'wall', 'CPU', 'RSS', 'peak RSS'], probes.rows));
    console.log(['\nchecks', ...checks].join('\n'));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? null;

async function main(): Promise<void> {
  const opts = parseOptions();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('Set DATABASE_URL to a PostgreSQL server: each run gets a scratch database on it.');
  checkFileLimit(opts.players);
  buildIfStale();
  const cleanup: (() => Promise<unknown>)[] = [];
  // Calls queue up: a second caller (Ctrl-C while the run unwinds) waits until everything started is stopped.
  let releasing = Promise.resolve();
  const release = () =>
    (releasing = releasing.then(async () => {
      for (const step of cleanup.splice(0).reverse()) await step().catch((e: unknown) => console.error(`cleanup: ${String(e)}`));
    }));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void release().then(() => process.exit(130)));
  console.log(`machine: ${cpus().length} cores shared by nginx, every node, Redis, Postgres and this bench (all clients on one event loop)`);
  try {
    if (opts.cluster) {
      const scratch = await benchDatabase(serverUrl);
      cleanup.push(() => scratch.drop());
      const nodes: ServerProcess[] = await startNodes({
        count: opts.nodes, firstPort: opts.port + 1, idPrefix: `bench${process.pid}`,
        env: { DATABASE_URL: scratch.url, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
      });
      cleanup.push(() => Promise.all(nodes.map((n) => n.stop())));
      const proxy: Proxy = await startNginx(opts.port, nodes.map((n) => new URL(n.url).host), path.join(CLUSTER_DIR, `nginx-bench-${opts.port}`));
      cleanup.push(() => proxy.stop());
      const servers = nodes.map((n, i) => ({ label: `node ${i + 1}`, pid: n.pid }));
      await play(opts, proxy.url, scratch.url, servers, `${opts.nodes} nodes behind nginx (${proxy.url})`);
      await release();
    }
    if (opts.single) {
      const scratch = await benchDatabase(serverUrl);
      cleanup.push(() => scratch.drop());
      const server = await startServer({ env: { DATABASE_URL: scratch.url }, profileDir: null, port: opts.port + 20, label: 'single' });
      cleanup.push(() => server.stop());
      await play(opts, server.url, scratch.url, [{ label: 'single node', pid: server.pid }], `one node, no proxy (${server.url})`);
    }
  } finally {
    await release();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:cluster failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
