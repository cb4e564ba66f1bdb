/**
 * Room load benchmark: one game, N players, R rounds, against the real server
 * process over loopback.
 *
 *   npm run bench:room -- [--players 500] [--rooms 1] [--rounds 3] [--url http://127.0.0.1:3000] [--quick]
 *                         [--save run.json] [--compare earlier.json] [--help]
 *
 * Without --url it builds if stale, starts `node --import tsx server/index.ts`
 * (NODE_ENV=production, 127.0.0.1 on a free port, LOG_LEVEL=warn) on a scratch
 * database cramjam_bench_<ts> on DATABASE_URL's server (dropped after), or on
 * the embedded Postgres in .data/bench when DATABASE_URL is unset, and stops it
 * with SIGTERM at the end, on Ctrl-C, and when --timeout (default 900 s) passes.
 * With --url, DATABASE_URL (the server's own database) enables the bank lookup
 * and the row checks, and --server-pid the memory and CPU readings.
 * --quick is a CI-sized run (50 players, 2 rounds). Each player is a socket.io
 * client (websocket, forceNew, no reconnection), opened --batch at a time;
 * each needs an open file in the bench and in the server (see bench/limits.ts).
 * A phase waits at most 120 s for screens or acks, then records what is missing.
 *
 * What it measures (every time on the bench's clock, in ms):
 *   connect            socket.io websocket handshakes, opened in batches
 *   join ack           player:join emit -> ack, joins offered at --join-rate per second
 *   question fan-out   host:start / host:next emit -> each player's 'question' screen
 *                      (from the emit, not the ack: the server broadcasts before it acks)
 *   answer ack         player:answer emit -> ack; each player answers at a random moment
 *                      within --spread ms of its question. "drain" is the first answer sent
 *                      to the last ack back: when it is much longer than the spread, answers
 *                      queue on the server, and drain / N is what each one costs there
 *   reveal fan-out     last answer sent -> each player's 'reveal' screen (the round closes
 *                      itself when the last answer is in, so this is mostly the answers'
 *                      queue; "first to last player" is the broadcast alone)
 *   end fan-out        host:end emit -> each player's 'ended' screen
 *   stop               every client disconnects at once, SIGTERM 100 ms later, until the server exited
 * With --rooms R, R rooms of N players each (each its own host and game) play in
 * step, and the latencies are pooled. The run ends with a one-line summary;
 * --save writes its figures as JSON, --compare prints an earlier one beside it.
 * Resources per phase: wall time, CPU time of the server process, of its child
 * processes (the embedded Postgres; "-" on an external database) and of the
 * bench itself, the bench's event-loop delay, and the server's RSS (VmRSS).
 *
 * How to read it: the bench, the server and Postgres share this machine's cores,
 * and all N clients share the bench's one event loop. When the bench's CPU is
 * close to the phase's wall time, or its loop delay is high, the latencies
 * include the bench's own queueing and overstate the server's. The checks at the
 * end compare what the server said and stored with what the clients did; they
 * are figures, not assertions: the exit code is 0 whenever the run completed.
 */
import { cpus } from 'node:os';
import { checkFileLimit } from './bench/limits';
import { findShippedBank, memoryAnswers, storedGame, type StoredGame } from './bench/database';
import { parseOptions, USAGE, type BenchOptions } from './bench/options';
import { Probe, type Usage } from './bench/probe';
import { studyGroupFor } from './bench/study-group';
import {
  connectHost, connectPlayers, createGame, disconnectAll, endGame, joinPlayers, playRound, Tally, type ConnectResult, type EndResult, type JoinResult,
  type Room, type RoundResult,
} from './bench/scenario';
import { connectedClients } from './bench/server';
import { bytes, LATENCY_HEADER, latencyRow, mb, ms, table } from './bench/stats';
import { prepareTarget, type Target } from './bench/target';
import { ScreenBoard } from './bench/clients';
import { comparison, gitCommit, loadNow, loadRun, p50, p99, saveRun, summaryLine, type RunFigures, type SavedRun } from './bench/summary';

/** What the run found so far; printed at the end, or when the run is cut short. */
class Report {
  readonly latency: string[][] = [];
  readonly resources: string[][] = [];
  readonly checks: string[] = [];
  /** phase windows on the profile's clock, with --profile */
  readonly windows: string[] = [];

  constructor(
    private readonly heading: string[],
    private readonly profiled: boolean,
  ) {}

  usage(phase: string, u: Usage): void {
    const cpu = (v: number | null) => (v === null ? '-' : ms(v));
    this.resources.push([
      phase, ms(u.wallMs), cpu(u.serverCpuMs), cpu(u.childrenCpuMs), ms(u.benchCpuMs),
      `${ms(u.benchLoopP99Ms)} / ${ms(u.benchLoopMaxMs)}`, mb(u.serverRssKb), mb(u.serverPeakRssKb),
    ]);
    this.windows.push(`  ${phase.padEnd(8)} ${u.monotonicUs[0]} .. ${u.monotonicUs[1]}`);
  }

  check(label: string, ok: boolean, detail: string): void {
    this.checks.push(`  ${ok ? 'ok      ' : 'MISMATCH'}  ${label.padEnd(18)} ${detail}`);
  }

  print(): void {
    console.log(['', ...this.heading, ''].join('\n'));
    console.log(table(LATENCY_HEADER, this.latency));
    if (this.resources.length) {
      console.log('\nresources per phase (CPU = time on a core during the phase; 2 cores = 2x wall at most)');
      console.log(table(['phase', 'wall', 'server CPU', 'postgres CPU', 'bench CPU', 'bench loop p99/max', 'server RSS', 'peak RSS'], this.resources));
    }
    if (this.checks.length) console.log(['\nchecks', ...this.checks].join('\n'));
    if (this.profiled) console.log(['\nphases on the CPU profile\'s clock (µs, as its startTime/endTime)', ...this.windows].join('\n'));
    console.log('');
  }
}

const spread = (values: number[]) => (values.length ? Math.max(...values) - Math.min(...values) : null);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const maxOf = (values: (number | null)[]) => values.reduce<number | null>((a, v) => (v === null ? a : Math.max(a ?? v, v)), null);

function reportConnect(report: Report, players: number, batch: number, r: ConnectResult): void {
  const failed = r.failures.total ? `; ${r.failures.total} failed (${r.failures.toString()})` : '';
  report.latency.push(latencyRow('connect', r.latencies, `${r.latencies.length}/${players} in ${ms(r.wallMs)}, batches of ${batch}${failed}`));
}

function reportJoin(report: Report, rooms: Room[], rate: number, joins: JoinResult[]): void {
  const offered = rate > 0 ? `offered ${rate}/s${rooms.length > 1 ? ' per room' : ''}` : 'all at once';
  const refused = joins.flatMap((r) => (r.failures.total ? [r.failures.toString()] : []));
  report.latency.push(latencyRow('join ack', joins.flatMap((r) => r.latencies), `${offered}; all in ${ms(maxOf(joins.map((r) => r.wallMs)))}${refused.length ? `; refused: ${refused.join(', ')}` : ''}`));
  const { lobbyScreens, lobbyEntriesSent, lastLobby } = rooms[0]!.host;
  const bytesPerEntry = lastLobby && lastLobby.screen === 'lobby' && lastLobby.players.length
    ? JSON.stringify(lastLobby.players).length / lastLobby.players.length
    : 0;
  report.check('host lobby', true,
    `${lobbyScreens} lobby screens carrying ${lobbyEntriesSent} player entries (~${bytes(lobbyEntriesSent * bytesPerEntry)} of JSON to the host)${rooms.length > 1 ? ', first room' : ''}`);
}

/**
 * Sent over the window, all acked after the drain. When the drain is much longer
 * than the window the answers queued on the server, and drain / answers is its
 * cost per answer (the queue runs one command at a time).
 */
function drainNote(r: RoundResult): string {
  const note = `sent over ${ms(r.answerWindowMs)}, all acked after ${ms(r.answerDrainMs)}`;
  if (r.answer.length === 0 || r.answerDrainMs < 1.5 * r.answerWindowMs) return `${note} (kept up)`;
  return `${note} (queued: ~${ms(r.answerDrainMs / r.answer.length)} per answer)`;
}

/** Round `index` of every room: latencies pooled, the slowest room's drain and host figures. */
function reportRound(report: Report, rs: RoundResult[]): void {
  const label = `round ${rs[0]!.index + 1}`;
  const failures = rs.flatMap((r) => (r.answerFailures.total ? [r.answerFailures.toString()] : []));
  const slowest = rs.reduce((a, r) => (r.answerDrainMs > a.answerDrainMs ? r : a));
  const several = rs.length > 1 ? ' (slowest room)' : '';
  report.latency.push(
    latencyRow(`${label} question fan-out`, rs.flatMap((r) => r.question), `host ${rs[0]!.index === 0 ? 'start' : 'next'} ack ${ms(maxOf(rs.map((r) => r.hostAckMs)))}${several}`),
    latencyRow(`${label} answer ack`, rs.flatMap((r) => r.answer), `${drainNote(slowest)}${several}${failures.length ? `; failed: ${failures.join(', ')}` : ''}`),
    latencyRow(`${label} reveal fan-out`, rs.flatMap((r) => r.reveal),
      `host's after ${ms(maxOf(rs.map((r) => r.hostRevealMs)))}; first to last player ${ms(maxOf(rs.map((r) => spread(r.reveal))))}${several}`),
  );
}

function reportEnd(report: Report, ends: EndResult[]): void {
  report.latency.push(latencyRow('end fan-out', ends.flatMap((r) => r.ended), `host end ack ${ms(maxOf(ends.map((r) => r.hostAckMs)))}`));
}

function reportChecks(report: Report, room: Room, name: string, opts: BenchOptions, rounds: RoundResult[], end: EndResult | null, stored: StoredGame | null): number {
  const n = room.players.length;
  let mismatches = 0;
  const check = (label: string, ok: boolean, detail: string) => {
    if (!ok) mismatches++;
    report.check(`${name}${label}`, ok, detail);
  };
  check('joined', n === opts.players, `${n}/${opts.players} players${stored ? `; Player rows ${stored.players}` : ''}`);
  for (const r of rounds) {
    const answered = r.hostAnswered ? `${r.hostAnswered.answered}/${r.hostAnswered.expected}` : 'none';
    const rows = stored ? stored.answers.get(r.index) ?? 0 : null;
    const ok = r.hostAnswered?.answered === n && r.answer.length === n && r.missingQuestion === 0 && r.missingReveal === 0 && (rows === null || rows === n);
    check(`round ${r.index + 1}`, ok,
      `host:answered ${answered}, acks ${r.answer.length}/${n}, Answer rows ${rows ?? '- (no database access)'}, ` +
        `question ${n - r.missingQuestion}/${n}, reveal ${n - r.missingReveal}/${n}`);
  }
  if (end) check('ended', end.missing === 0, `${n - end.missing}/${n} players got the final screen${stored ? `; game status ${stored.status}` : ''}`);
  return mismatches;
}

function reportDropped(report: Report, rooms: Room[]): number {
  const dropped = rooms.flatMap((room) => room.players.filter((p) => p.droppedBecause));
  const reasons = [...new Set(dropped.map((p) => p.droppedBecause))].join(', ');
  report.check('dropped sockets', dropped.length === 0, dropped.length ? `${dropped.length} (${reasons})` : '0');
  return dropped.length;
}

async function resolveBank(target: Target, opts: BenchOptions): Promise<{ id: string; slug?: string; note: string }> {
  if (opts.bankId) return { id: opts.bankId, note: `bank ${opts.bankId}` };
  if (!target.databaseUrl) throw new Error('With --url, set DATABASE_URL to the server\'s database or pass --bank-id.');
  const bank = await findShippedBank(target.databaseUrl);
  if (bank.questions < opts.rounds) console.warn(`warning: ${bank.sourceName} has ${bank.questions} questions; playing ${bank.questions} rounds.`);
  return { id: bank.id, slug: bank.slug, note: `${bank.sourceName} (${bank.questions} questions)` };
}

/** What the whole run measured, for the one-line summary and --save. */
interface Totals {
  acks: number[];
  questions: number[];
  reveals: number[];
  ends: number[];
  joins: number[];
  usages: Usage[];
  stopMs: number | null;
  dropped: number;
  mismatches: number;
}

function figures(t: Totals): RunFigures {
  // The server's CPU after SIGTERM cannot be read once it is gone: the leave phase adds nothing.
  const sum = (values: (number | null)[]) => (values.every((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0));
  const peakKb = maxOf(t.usages.map((u) => u.serverPeakRssKb));
  return {
    ackP50: p50(t.acks), ackP99: p99(t.acks), questionP99: p99(t.questions), revealP99: p99(t.reveals), endP99: p99(t.ends), joinP99: p99(t.joins),
    serverCpuMs: t.usages.length ? sum(t.usages.map((u) => u.serverCpuMs)) : null,
    postgresCpuMs: t.usages.length ? sum(t.usages.map((u) => u.childrenCpuMs)) : null,
    peakRssMb: peakKb === null ? null : Math.round(peakKb / 1024),
    stopMs: t.stopMs, dropped: t.dropped, mismatches: t.mismatches,
  };
}

/** The whole run, phase by phase, R rooms in step; each phase adds to the report as it ends. */
async function run(opts: BenchOptions, target: Target, setReport: (r: Report) => void): Promise<Totals> {
  const bank = await resolveBank(target, opts);
  const rooms = opts.rooms === 1 ? 'one room' : `each of ${opts.rooms} rooms at once`;
  const report = new Report([
    `Cramjam room bench: ${plural(opts.players, 'player')} in ${rooms}, ${plural(opts.rounds, 'round')}, answers spread over ${ms(opts.spreadMs)}, ` +
      `${opts.secondsPerQuestion} s per question`,
    `server: ${target.description}`,
    `bank: ${bank.note}`,
    `machine: ${cpus().length} cores shared by the server, Postgres and the bench (all clients on one event loop); latencies include that contention`,
  ], opts.profile);
  setReport(report);
  const totals: Totals = { acks: [], questions: [], reveals: [], ends: [], joins: [], usages: [], stopMs: null, dropped: 0, mismatches: 0 };
  const usage = (phase: string, u: Usage) => {
    report.usage(phase, u);
    totals.usages.push(u);
  };
  const probe = new Probe(target.pid);
  try {
    const all: Room[] = [];
    for (let i = 0; i < opts.rooms; i++) all.push({ url: target.url, board: new ScreenBoard(), host: await connectHost(target.url), players: [], sockets: [] });
    probe.phase();
    const connects: ConnectResult[] = [];
    for (const room of all) connects.push(await connectPlayers(room, opts.players, opts.batch));
    reportConnect(report, opts.players * opts.rooms, opts.batch, {
      latencies: connects.flatMap((c) => c.latencies), wallMs: connects.reduce((a, c) => a + c.wallMs, 0),
      failures: connects.reduce((a, c) => (c.failures.counts.forEach((n, k) => a.counts.set(k, (a.counts.get(k) ?? 0) + n)), a), new Tally()),
    });
    usage('connect', probe.phase());
    const clients = await connectedClients(target.url);
    const sockets = all.reduce((a, room) => a + room.players.length + 1, 0);
    report.check('connected', clients === sockets, `server counts ${clients ?? '?'} clients for ${sockets - all.length} players + ${plural(all.length, 'host')}`);

    const { slug } = bank;
    if (opts.group && !slug) throw new Error('--group plays the shipped bank in the group: leave out --bank-id.');
    const groups = opts.group && slug ? await Promise.all(all.map((room) => studyGroupFor(target.url, slug, room.players))) : [];
    if (opts.group) report.check('study group', true, `the players joined ${plural(groups.length, 'group')} as members; answers go into their memory`);
    const created = await Promise.all(all.map((room, i) => createGame(room.host, bank.id, opts.rounds, opts.secondsPerQuestion, groups[i])));
    report.latency.push(latencyRow('create game', created));
    const joins = await Promise.all(all.map((room) => joinPlayers(room, opts.joinRate)));
    totals.joins = joins.flatMap((r) => r.latencies);
    reportJoin(report, all, opts.joinRate, joins);
    usage('join', probe.phase());

    const rounds: RoundResult[][] = all.map(() => []);
    const playing = () => all.filter((room) => room.players.length > 0);
    for (let index = 0; index < opts.rounds && playing().length > 0; index++) {
      const results = await Promise.all(playing().map((room) => playRound(room, index, opts.spreadMs)));
      results.forEach((r, i) => rounds[all.indexOf(playing()[i]!)]!.push(r));
      reportRound(report, results);
      for (const r of results) {
        totals.acks.push(...r.answer);
        totals.questions.push(...r.question);
        totals.reveals.push(...r.reveal);
      }
      usage(`round ${index + 1}`, probe.phase());
      if (index + 1 >= results[0]!.total) break; // the bank has no more questions
    }
    const ends = await Promise.all(playing().map(async (room) => ({ room, end: await endGame(room) })));
    if (ends.length) reportEnd(report, ends.map((e) => e.end));
    for (const { end } of ends) totals.ends.push(...end.ended);
    usage('end', probe.phase());

    for (const [i, room] of all.entries()) {
      const stored = target.databaseUrl && room.host.auth ? await storedGame(target.databaseUrl, room.host.auth.gameId) : null;
      const end = ends.find((e) => e.room === room)?.end ?? null;
      totals.mismatches += reportChecks(report, room, all.length > 1 ? `room ${i + 1} ` : '', opts, rounds[i]!, end, stored);
    }
    totals.dropped = reportDropped(report, all);

    // Everyone leaves at once, as when a game night ends, and the server is told to stop in the middle of it.
    for (const room of all) disconnectAll(room);
    await new Promise((r) => setTimeout(r, 100));
    totals.stopMs = await target.stop();
    if (totals.stopMs !== null) {
      usage('leave', probe.phase());
      const stopped = totals.stopMs < 1000;
      if (!stopped) totals.mismatches++;
      report.check('stop', stopped, `SIGTERM 100 ms after every client left, server gone after ${ms(totals.stopMs)}`);
    }
    // The server records a closed round's memory after its acks, and waits for it before it stops.
    if (target.databaseUrl && totals.stopMs !== null) {
      for (const [i, group] of groups.entries()) {
        const recorded = await memoryAnswers(target.databaseUrl, group.groupId);
        const answered = rounds[i]!.reduce((sum, round) => sum + round.answer.length, 0);
        if (recorded !== answered) totals.mismatches++;
        report.check('memory', recorded === answered, `${recorded} answers recorded into the members' memory for ${answered} acked`);
      }
    }
    return totals;
  } finally {
    probe.stop();
  }
}

async function main(): Promise<number> {
  let opts: BenchOptions | 'help';
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (opts === 'help') return (console.log(USAGE), 0);
  checkFileLimit(opts.players);

  let report: Report | null = null;
  let release: () => Promise<void> = async () => {};
  let stopping = false;
  const stop = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    console.error(`\nstopping: ${reason}; figures so far:`);
    report?.print();
    await release();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(`${signal}`, 130));
  const timer = setTimeout(() => void stop(`the global timeout of ${opts.timeoutS} s passed`, 124), opts.timeoutS * 1000);

  try {
    const target = await prepareTarget(opts, (r) => (release = r));
    void target.crashed.then((why) => void stop(why, 1));
    const load = loadNow();
    const totals = await run(opts, target, (r) => (report = r));
    if (stopping) return new Promise<number>(() => {}); // stop() is cleaning up and exits
    (report as Report | null)?.print();
    const saved: SavedRun = {
      bench: 'room', at: new Date().toISOString(), commit: gitCommit(), players: opts.players, rooms: opts.rooms, rounds: opts.rounds,
      load: [load, loadNow()], figures: figures(totals),
    };
    if (opts.compare) console.log(`${comparison(loadRun(opts.compare), saved)}\n`);
    console.log(summaryLine(saved));
    if (opts.save) saveRun(opts.save, saved);
    return 0;
  } catch (error) {
    if (stopping) return new Promise<number>(() => {}); // stop() is cleaning up and exits
    (report as Report | null)?.print();
    const detail = process.env.BENCH_DEBUG ? (error as Error).stack : (error as Error).message;
    console.error(`bench failed: ${detail ?? String(error)}`);
    return 1;
  } finally {
    clearTimeout(timer);
    if (!stopping) await release();
  }
}

main().then((code) => process.exit(code));
