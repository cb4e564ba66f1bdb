/**
 * Hostile uploads against a live game: does any of them kill, freeze or bloat the server?
 *
 *   DATABASE_URL=postgresql://… npm run bench:uploads [-- --only csv]
 *
 * Runs the real realtime layer (attachRealtime, the monotonic clock, a scratch
 * database on DATABASE_URL's server) in this process, without Next.js, with a
 * live game: 20 phones keep answering its untimed round (each sends its answer
 * again every 100 ms, as a double tap does; every send is acknowledged through
 * the room's queue), and one more phone never answers, so the round stays open.
 * Each hostile file is then read through the upload route's parse path
 * (parseBankOffThread, as server/index.ts passes it), one case at a time, and
 * the bench prints per case: the outcome, the wall time, the largest RSS of this
 * process (the server) and of the parse child, the longest event-loop stall
 * (perf_hooks.monitorEventLoopDelay), the slowest answer acknowledgement, and
 * the size of the reply (the result as it crosses from the child, v8-serialized,
 * and as the route's JSON). --only picks the cases whose name contains a word.
 * The first case, a real bank, shows what any upload costs (the child's start).
 * The xlsx bomb runs last: before the fix it aborted the whole process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { serialize } from 'node:v8';
import type { BankResult } from '../server/banks/types';
import { parseBankOffThread, type ParseJob } from '../server/banks/parse/off-thread';
import { onPlayerScreen } from '../common/player-screen-parts';
import { importShippedBanks } from '../server/banks/shipped-banks';
import { createDb, migrateDatabase } from '../server/store/db';
import { createScratchDatabase } from '../server/store/pg';
import { badRowsCsv, entityMarkdown, whitespaceAiken } from '../tests/support/hostile-files';
import { dataDescriptorBombXlsx } from '../tests/support/hostile-zip';
import { ask } from './bench/clients';
import { startInProcessRealtime } from './bench/in-process';
import { bytes, table } from './bench/stats';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const PHONES = 20;
const ANSWER_EVERY_MS = 100;
const GIB = 1024 * 1024 * 1024;

const CASES: { name: string; jobs: () => ParseJob[] }[] = [
  { name: 'a real bank (the shipped sample), for comparison', jobs: () => [{ fileName: 'sample.md', bytes: readFileSync('content/aws-ml-engineer-sample-questions.md') }] },
  { name: 'markdown, 5 MiB of character references', jobs: () => [{ fileName: 'entities.md', bytes: entityMarkdown() }] },
  { name: 'CSV, 655,348 bad rows', jobs: () => [{ fileName: 'rows.csv', bytes: badRowsCsv() }] },
  { name: 'CSV, 655,348 bad rows, 5 at once', jobs: () => Array.from({ length: 5 }, (_, i) => ({ fileName: `rows-${i}.csv`, bytes: badRowsCsv() })) },
  { name: 'Aiken, 4 MiB of spaces in an ANSWER line', jobs: () => [{ fileName: 'spaces.txt', bytes: whitespaceAiken() }] },
  { name: 'xlsx data-descriptor bomb, 3 GiB of spaces', jobs: () => [{ fileName: 'bomb.xlsx', bytes: dataDescriptorBombXlsx(3 * GIB) }] },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** VmHWM, the peak resident memory of a process, in MB (Linux). */
function peakMb(pid: number | 'self'): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined; // the process is gone
  }
}

if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL to a PostgreSQL server: the bench makes a scratch database on it.');
const scratch = await createScratchDatabase(process.env.DATABASE_URL, `cramjam_bench_uploads_${Date.now()}`);
await migrateDatabase(scratch.url);
const db = createDb(scratch.url);
const server = await startInProcessRealtime(db, null);
const connect = () => server.connect();

/** The slowest answer acknowledgement since the last reset, and how many were acknowledged. */
const acks = { slowest: 0, count: 0, refused: 0 };
let playing = true;

try {
  await importShippedBanks(db);
  // Its first question is pick-one, as the tests' games play it.
  const bank = await db.bank.findFirstOrThrow({ where: { sourceName: 'content/aws-ml-engineer-sample-questions.md' }, orderBy: { version: 'desc' } });
  const host = await connect();
  const created = await ask(host, 'host:create', {
    bankId: bank.id, sections: [], count: 1, secondsPerQuestion: null, shuffleQuestions: false, shuffleOptions: false,
    showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: 'bench-uploads-host',
  }, 30_000);
  if (!created.ok) throw new Error(`host:create: ${created.error}`);
  const { gameId, hostToken, code } = created.data;
  const phones = await Promise.all(Array.from({ length: PHONES + 1 }, async (_, i) => {
    const phone = await connect();
    const joined = await ask(phone, 'player:join', { code, nickname: `Phone ${i}` }, 30_000);
    if (!joined.ok) throw new Error(`player:join: ${joined.error}`);
    return phone;
  }));
  const questions = phones.map((phone) => new Promise<string[]>((resolve) => {
    const stop = onPlayerScreen(phone, (screen) => {
      if (screen.screen !== 'question') return;
      stop();
      resolve(screen.round.options.map((option) => option.id));
    });
  }));
  const started = await ask(host, 'host:start', { gameId, hostToken }, 30_000);
  if (!started.ok) throw new Error(`host:start: ${started.error}`);
  const options = await Promise.all(questions);
  // The last phone never answers: the untimed round stays open while the others keep answering.
  const answering = phones.slice(0, PHONES).map(async (phone, i) => {
    await sleep((i * ANSWER_EVERY_MS) / PHONES);
    while (playing) {
      const sent = performance.now();
      const ack = await ask(phone, 'player:answer', { index: 0, optionIds: [options[i]![i % options[i]!.length]!] }, 60_000);
      acks.slowest = Math.max(acks.slowest, performance.now() - sent);
      acks.count++;
      if (!ack.ok) acks.refused++;
      await sleep(ANSWER_EVERY_MS);
    }
  });
  await sleep(2000); // the game settles

  const rows: string[][] = [];
  for (const { name, jobs: makeJobs } of CASES.filter((c) => !values.only || c.name.toLowerCase().includes(values.only.toLowerCase()))) {
    const jobs = makeJobs();
    // VmHWM of this process starts again from its current RSS (Linux: clear_refs 5).
    try {
      writeFileSync('/proc/self/clear_refs', '5');
    } catch {
      // not Linux: the peak is the process's since it started
    }
    let childPeak = 0;
    const watchers: NodeJS.Timeout[] = [];
    const onChild = (pid: number) => {
      watchers.push(setInterval(() => (childPeak = Math.max(childPeak, peakMb(pid) ?? 0)), 20));
    };
    Object.assign(acks, { slowest: 0, count: 0, refused: 0 });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const start = performance.now();
    const settled = await Promise.allSettled(jobs.map((job) => parseBankOffThread(job, { onChild })));
    const wall = performance.now() - start;
    await sleep(50); // lets a stall that ended with the parse be seen
    delay.disable();
    for (const watcher of watchers) clearInterval(watcher);
    const results = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const busy = settled.length - results.length;
    const outcome = (result: BankResult) => (result.importable ? `${result.importable.questions.length} questions, ${result.errors.length} problems listed` : `refused: ${result.errors[0]?.message.slice(0, 70)}`);
    const outcomes = [...new Set(results.map(outcome))].join('; ') + (busy ? `; ${busy} told "too many banks"` : '');
    const largest = (measure: (result: BankResult) => number) => Math.max(0, ...results.map(measure));
    rows.push([
      name,
      outcomes,
      `${(wall / 1000).toFixed(1)} s`,
      `${(peakMb('self') ?? 0).toFixed(0)} MB`,
      childPeak ? `${childPeak.toFixed(0)} MB` : '-',
      `${(delay.max / 1e6).toFixed(0)} ms`,
      `${acks.slowest.toFixed(0)} ms (${acks.count} acks, ${acks.refused} refused)`,
      `${bytes(largest((result) => serialize(result).byteLength))} / ${bytes(largest((result) => JSON.stringify(result).length))}`,
    ]);
    console.log(rows.at(-1)!.join(' | '));
  }
  playing = false;
  await Promise.all(answering);
  console.log(`\nhostile uploads while ${PHONES} phones answer, on ${process.version}`);
  console.log(table(['case', 'outcome', 'wall', 'server peak RSS', 'child peak RSS', 'longest stall', 'slowest answer ack', 'reply (v8 / JSON)'], rows));
} finally {
  playing = false;
  await server.close();
  await db.$disconnect();
  await scratch.drop();
}
// The game's room timers (the disconnected phones' grace) would outlive the scratch database.
process.exit(0);
