/**
 * Image serving benchmark: what serving a bank's images costs a live game,
 * against the real server process (the image route is a Next.js route, so the
 * production build with Next's own response path, over loopback).
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:images
 *
 * Builds if stale and starts the server (NODE_ENV=production, rate limits off)
 * on a scratch database on DATABASE_URL's server (dropped at the end), with a
 * probe that reports the server's own event-loop delay (bench/loop-probe.mjs).
 * Stores random 2 MiB "PNG"s straight into the database, then:
 *   (a) /api/health latency, probed every 20 ms: idle for 3 s, then while 20
 *       clients (one keep-alive connection each) loop over 16 images for 10 s,
 *       as fast as they can and then at one image a second each (40 MiB/s);
 *   (b) a round opening: 60 phones (a new connection each) ask at the same
 *       moment for one image nobody asked for yet, three times with a fresh
 *       image each (cold), then once more for the last one (warm): the time to
 *       the first, middle and last phone, and the server's longest stall;
 *   (c) in this process, one 2 MiB image read from the database 20 times, as
 *       the server reads it (getBankImage, in slices) and as it did before (the
 *       whole row through Prisma): the time and this loop's longest stall.
 * Everything shares this machine's cores, the bench's clients too: note the
 * load average printed with the figures.
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { loadavg } from 'node:os';
import { benchDatabase } from './bench/database';
import { buildIfStale, startServer } from './bench/server';
import { latencyRow, ms, summarize, table } from './bench/stats';
import { createDb } from '../server/store/db';
import { getBankImage } from '../server/banks/store/images';
import { withPgClient } from '../server/store/pg';
import { longestStall } from './bench/longest-stall';

const MIB = 1024 * 1024;
const IMAGE_BYTES = 2 * MIB;
const LOOP_IMAGES = 16; // 32 MiB: within the default cache, as one bank's pictures would be
const CLIENTS = 20;
const LOOP_MS = 10_000;
const PHONES = 60;
const BURSTS = 3;
const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const serverDatabase = process.env.DATABASE_URL;
if (!serverDatabase) {
  console.error('Set DATABASE_URL to a PostgreSQL server (e.g. postgresql://postgres@127.0.0.1:5432/postgres): the bench makes a scratch database there.');
  process.exit(1);
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A GET whose body is counted and dropped: ms to the last byte. */
function timedGet(url: string, agent: http.Agent): Promise<{ ms: number; status: number; bytes: number; csp: string | undefined }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ ms: performance.now() - start, status: res.statusCode ?? 0, bytes, csp: res.headers['content-security-policy'] as string | undefined }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Probes /api/health every 20 ms until stopped; the latencies it saw. */
function probeHealth(origin: string): { stop(): Promise<number[]> } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      latencies.push((await timedGet(`${origin}/api/health`, agent)).ms);
      await sleep(20);
    }
    agent.destroy();
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return latencies;
    },
  };
}

function randomImage(): { sha256: string; bytes: Buffer } {
  const bytes = randomBytes(IMAGE_BYTES);
  bytes.set(PNG_SIGNATURE);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes };
}

buildIfStale();
const scratch = await benchDatabase(serverDatabase);
let server: Awaited<ReturnType<typeof startServer>> | undefined;
try {
  server = await startServer({ env: { DATABASE_URL: scratch.url }, profileDir: null, nodeArgs: ['--import', './scripts/bench/loop-probe.mjs'], ipc: true });
  const { child, url: origin } = server;
  /** The server's event-loop delay since the last reading. */
  const loop = (): Promise<{ loopMaxMs: number; loopP99Ms: number }> =>
    new Promise((resolve) => {
      child.once('message', (m) => resolve(m as { loopMaxMs: number; loopP99Ms: number }));
      child.send('loop');
    });

  const loopImages = Array.from({ length: LOOP_IMAGES }, randomImage);
  const burstImages = Array.from({ length: BURSTS }, randomImage);
  await withPgClient(scratch.url, async (client) => {
    for (const { sha256, bytes } of [...loopImages, ...burstImages]) {
      await client.query(`INSERT INTO "BankImage" (sha256, "contentType", bytes) VALUES ($1, 'image/png', $2)`, [sha256, bytes]);
    }
  });
  const imageUrl = (sha256: string) => `${origin}/api/banks/images/${sha256}`;

  console.log(`image serving on ${process.version}; server ${origin}, pid ${server.pid}; load average at start ${load()}`);
  const check = await timedGet(imageUrl('0'.repeat(64)), new http.Agent());
  console.log(`an unknown image: HTTP ${check.status}`);

  // (a) idle, then 20 clients looping
  const rows: string[][] = [];
  await loop();
  let health = probeHealth(origin);
  await sleep(3000);
  const idle = await health.stop();
  const idleLoop = await loop();
  rows.push(latencyRow('health, idle 3 s', idle, `server loop max ${ms(idleLoop.loopMaxMs)}`));

  let csp: string | undefined;
  /** CLIENTS clients over the loop images for LOOP_MS, each as fast as it can or one image per `everyMs`, with health probed meanwhile. */
  const clients = async (label: string, everyMs: number) => {
    health = probeHealth(origin);
    const agents = Array.from({ length: CLIENTS }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
    const images: number[] = [];
    let served = 0;
    const until = performance.now() + LOOP_MS;
    await Promise.all(
      agents.map(async (agent, client) => {
        await sleep((everyMs * client) / CLIENTS); // paced clients spread over the interval
        for (let i = client; performance.now() < until; i++) {
          const got = await timedGet(imageUrl(loopImages[i % LOOP_IMAGES]!.sha256), agent);
          if (got.status !== 200 || got.bytes !== IMAGE_BYTES) throw new Error(`image: HTTP ${got.status}, ${got.bytes} bytes`);
          images.push(got.ms);
          served += got.bytes;
          csp = got.csp;
          await sleep(Math.max(0, everyMs - got.ms));
        }
      }),
    );
    const busy = await health.stop();
    const busyLoop = await loop();
    for (const agent of agents) agent.destroy();
    rows.push(latencyRow(`health, ${label}`, busy, `server loop max ${ms(busyLoop.loopMaxMs)}, p99 ${ms(busyLoop.loopP99Ms)}`));
    rows.push(latencyRow('  each 2 MiB image', images, `${(served / MIB / (LOOP_MS / 1000)).toFixed(0)} MiB/s`));
  };
  await clients(`${CLIENTS} clients looping ${LOOP_MS / 1000} s`, 0);
  await clients(`${CLIENTS} clients, 1 image/s each`, 1000);
  console.log(`\n(a) /api/health every 20 ms, idle and while ${CLIENTS} clients fetch ${LOOP_IMAGES} images of 2 MiB in turn (load average ${load()})`);
  console.log(table(['', 'n', 'p50', 'p95', 'p99', 'max', ''], rows));
  console.log(`image responses' Content-Security-Policy: ${csp ?? '(none)'}`);

  // (b) 60 phones open a question with one image
  console.log(`\n(b) ${PHONES} phones (a new connection each) ask for one 2 MiB image at the same moment`);
  const burstRows: string[][] = [];
  const burst = async (label: string, sha256: string) => {
    await sleep(500);
    await loop();
    health = probeHealth(origin);
    const start = performance.now();
    const phones = await Promise.all(Array.from({ length: PHONES }, () => timedGet(imageUrl(sha256), new http.Agent())));
    const last = performance.now() - start;
    const stall = await loop();
    const probes = await health.stop();
    if (phones.some((p) => p.status !== 200 || p.bytes !== IMAGE_BYTES)) throw new Error('a phone did not get the image');
    const times = phones.map((p) => p.ms).sort((a, b) => a - b);
    burstRows.push([label, ms(times[0]), ms(times[PHONES >> 1]), ms(last), ms(stall.loopMaxMs), ms(Math.max(...probes))]);
  };
  for (const [i, image] of burstImages.entries()) await burst(`cold ${i + 1} (image not asked for yet)`, image.sha256);
  await burst('warm (the last image again)', burstImages.at(-1)!.sha256);
  console.log(table(['', 'first phone', 'middle', 'last phone', 'server loop max', 'health max'], burstRows));

  // (c) the database read itself, on this process's loop
  const db = createDb(scratch.url);
  const readRows: string[][] = [];
  const { sha256 } = loopImages[0]!;
  const reads: [string, () => Promise<unknown>][] = [
    ['in 128 KiB slices (getBankImage)', () => getBankImage(db, sha256)],
    ['the whole row through Prisma (before)', () => db.bankImage.findUnique({ where: { sha256 }, select: { contentType: true, bytes: true } })],
  ];
  for (const [label, read] of [...reads, ...reads]) {
    const times: number[] = [];
    const stalls: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      stalls.push((await longestStall(read)).stall);
      times.push(performance.now() - start);
    }
    readRows.push([label, ms(summarize(times)?.p50), ms(summarize(stalls)?.p50), ms(summarize(stalls)?.max)]);
  }
  await db.$disconnect();
  console.log(`\n(c) one 2 MiB image read from the database in this process, 20 times each, twice (load average ${load()})`);
  console.log(table(['', 'time p50', 'stall p50', 'stall max'], readRows));
  console.log(`\nload average at the end ${load()}`);
} finally {
  await server?.stop();
  await scratch.drop();
}
