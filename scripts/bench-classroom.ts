/**
 * A classroom behind one address joins a room, with the real rate limits on.
 *
 *   DATABASE_URL=postgresql://… npm run bench:classroom -- [--spread 20] [--give-up 100]
 *
 * Runs the real realtime layer (attachRealtime with RATE_LIMITS and the
 * monotonic clock, on a scratch database on DATABASE_URL's server) in this
 * process, without Next.js: no build needed. For 60 and 200 phones with 0, 12
 * and 20 of them mistyping the code first, a fresh server each time: the host
 * opens a room, then the phones arrive evenly over --spread seconds, all from
 * 127.0.0.1. Each phone does what the app does: room:check from the home page
 * (a mistyper first sends a wrong code there), room:check again on the phone's
 * page, then player:join. A phone told "wait N s" waits N s and sends the same
 * step again, as a student would tap again. Prints, per run, how many got in,
 * the join time from arrival (p50, p99, last) and how many refusals they saw.
 * A phone not in --give-up seconds after the last arrival counts as not in.
 */
import { parseArgs } from 'node:util';
import { RATE_LIMITS } from '../server/realtime/rate-limit';
import { importShippedBanks } from '../server/banks/shipped-banks';
import { createDb, migrateDatabase, type Db } from '../server/store/db';
import { createScratchDatabase } from '../server/store/pg';
import { ask, type AckOf } from './bench/clients';
import { startInProcessRealtime } from './bench/in-process';
import { ms, summarize, table } from './bench/stats';

const { values } = parseArgs({ options: { spread: { type: 'string', default: '20' }, 'give-up': { type: 'string', default: '100' } } });
const SPREAD_MS = Number(values.spread) * 1000;
const GIVE_UP_MS = Number(values['give-up']) * 1000;
const RUNS = [60, 200].flatMap((phones) => [0, 12, 20].map((mistypes) => ({ phones, mistypes })));

if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL to a PostgreSQL server: the bench makes a scratch database on it.');
const scratch = await createScratchDatabase(process.env.DATABASE_URL, `cramjam_bench_classroom_${Date.now()}`);
await migrateDatabase(scratch.url);
const db = createDb(scratch.url);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Phone {
  joinedMs: number | null;
  refusals: number;
  failed: string | null;
}

async function run(phones: number, mistypes: number, bankId: string) {
  const server = await startInProcessRealtime(db, RATE_LIMITS);
  const connect = () => server.connect();
  try {
    const created = await ask(await connect(), 'host:create', {
      bankId, sections: [], count: 1, secondsPerQuestion: 20, shuffleQuestions: false, shuffleOptions: false,
      showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: 'bench-classroom-host',
    }, 30_000);
    if (!created.ok) throw new Error(`host:create: ${created.error}`);
    const { code } = created.data;
    const wrong = code === '000000' ? '000001' : '000000';
    const start = performance.now();
    const deadline = start + SPREAD_MS + GIVE_UP_MS;
    // Mistypers spread through the class, not bunched at the start.
    const mistyper = (i: number) => mistypes > 0 && i % Math.floor(phones / mistypes) === 0 && i / Math.floor(phones / mistypes) < mistypes;

    const result = await Promise.all(
      Array.from({ length: phones }, async (_, i): Promise<Phone> => {
        const phone: Phone = { joinedMs: null, refusals: 0, failed: null };
        const arrival = start + (i * SPREAD_MS) / phones;
        await sleep(arrival - performance.now());
        const socket = await connect();
        /** Sends one step until it is not "wait N s": false when the phone gave up or got another answer than `wanted`. */
        const step = async (send: () => Promise<AckOf<'room:check'> | AckOf<'player:join'>>, wanted: string): Promise<boolean> => {
          for (;;) {
            const reply = await send();
            const got = reply.ok ? 'ok' : (reply.code ?? 'refused');
            if (got === wanted) return true;
            if (reply.ok || reply.code !== 'rate_limited') {
              phone.failed = got;
              return false;
            }
            phone.refusals += 1;
            const waitMs = Number(/wait (\d+) s/.exec(reply.error)?.[1] ?? 1) * 1000;
            if (performance.now() + waitMs > deadline) return false;
            await sleep(waitMs);
          }
        };
        const steps = [
          ...(mistyper(i) ? [() => step(() => ask(socket, 'room:check', { code: wrong }, 10_000), 'not_found')] : []),
          () => step(() => ask(socket, 'room:check', { code }, 10_000), 'ok'),
          () => step(() => ask(socket, 'room:check', { code }, 10_000), 'ok'),
          () => step(() => ask(socket, 'player:join', { code, nickname: `Student ${i}` }, 10_000), 'ok'),
        ];
        for (const s of steps) if (!(await s())) return phone;
        phone.joinedMs = performance.now() - arrival;
        return phone;
      }),
    );
    return result;
  } finally {
    await server.close();
  }
}

async function main(database: Db) {
  await importShippedBanks(database);
  const bank = await database.bank.findFirstOrThrow({ where: { sourceName: { startsWith: 'content/' } }, orderBy: { createdAt: 'desc' } });
  const rows: string[][] = [];
  for (const { phones, mistypes } of RUNS) {
    const result = await run(phones, mistypes, bank.id);
    const joined = result.flatMap((p) => (p.joinedMs === null ? [] : [p.joinedMs]));
    const s = summarize(joined);
    const failed = result.filter((p) => p.failed).map((p) => p.failed);
    rows.push([
      `${phones} phones, ${mistypes} mistype first`, `${joined.length}/${phones}`, ms(s?.p50), ms(s?.p99), ms(s?.max),
      String(result.reduce((n, p) => n + p.refusals, 0)), failed.length ? `refused: ${[...new Set(failed)].join(', ')}` : '',
    ]);
    console.log(rows.at(-1)!.join('  '));
  }
  console.log(`\nA classroom behind one address, arriving over ${SPREAD_MS / 1000} s (join time from arrival; refusals: "wait N s" replies)\n`);
  console.log(table(['run', 'in', 'p50', 'p99', 'last', 'refusals', 'notes'], rows));
}

try {
  await main(db);
} finally {
  await db.$disconnect();
  await scratch.drop();
}
