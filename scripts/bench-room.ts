/**
 * Room load benchmark: one game, N players, R rounds, against the real server
 * process over loopback.
 *
 *   npm run bench:room -- [--players 500] [--rounds 3] [--url http://127.0.0.1:3000] [--quick] [--help]
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
import { findShippedBank, storedGame, type StoredGame } from './bench/database';
import { parseOptions, USAGE, type BenchOptions } from './bench/options';
import { Probe, type Usage } from './bench/probe';
import {
  connectHost, connectPlayers, createGame, disconnectAll, endGame, joinPlayers, playRound, type ConnectResult, type EndResult, type JoinResult,
  type Room, type RoundResult,
} from './bench/scenario';
import { connectedClients } from './bench/server';
import { bytes, LATENCY_HEADER, latencyRow, mb, ms, table } from './bench/stats';
import { prepareTarget, type Target } from './bench/target';
import { ScreenBoard } from './bench/clients';

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

function reportConnect(report: Report, players: number, batch: number, r: ConnectResult): void {
  const failed = r.failures.total ? `; ${r.failures.total} failed (${r.failures.toString()})` : '';
  report.latency.push(latencyRow('connect', r.latencies, `${r.latencies.length}/${players} in ${ms(r.wallMs)}, batches of ${batch}${failed}`));
}

function reportJoin(report: Report, room: Room, rate: number, r: JoinResult): void {
  const offered = rate > 0 ? `offered ${rate}/s` : 'all at once';
  const refused = r.failures.total ? `; refused: ${r.failures.toString()}` : '';
  report.latency.push(latencyRow('join ack', r.latencies, `${offered}; all in ${ms(r.wallMs)}${refused}`));
  const { lobbyScreens, lobbyEntriesSent, lastLobby } = room.host;
  const bytesPerEntry = lastLobby && lastLobby.screen === 'lobby' && lastLobby.players.length
    ? JSON.stringify(lastLobby.players).length / lastLobby.players.length
    : 0;
  report.check('host lobby', true,
    `${lobbyScreens} lobby screens carrying ${lobbyEntriesSent} player entries (~${bytes(lobbyEntriesSent * bytesPerEntry)} of JSON to the host)`);
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

function reportRound(report: Report, r: RoundResult): void {
  const label = `round ${r.index + 1}`;
  const failed = r.answerFailures.total ? `; failed: ${r.answerFailures.toString()}` : '';
  report.latency.push(
    latencyRow(`${label} question fan-out`, r.question, `host ${r.index === 0 ? 'start' : 'next'} ack ${ms(r.hostAckMs)}`),
    latencyRow(`${label} answer ack`, r.answer, `${drainNote(r)}${failed}`),
    latencyRow(`${label} reveal fan-out`, r.reveal, `host's after ${ms(r.hostRevealMs)}; first to last player ${ms(spread(r.reveal))}`),
  );
}

function reportEnd(report: Report, r: EndResult): void {
  report.latency.push(latencyRow('end fan-out', r.ended, `host end ack ${ms(r.hostAckMs)}`));
}

function reportChecks(report: Report, room: Room, opts: BenchOptions, rounds: RoundResult[], end: EndResult | null, stored: StoredGame | null): void {
  const n = room.players.length;
  report.check('joined', n === opts.players, `${n}/${opts.players} players${stored ? `; Player rows ${stored.players}` : ''}`);
  for (const r of rounds) {
    const answered = r.hostAnswered ? `${r.hostAnswered.answered}/${r.hostAnswered.expected}` : 'none';
    const rows = stored ? stored.answers.get(r.index) ?? 0 : null;
    const ok = r.hostAnswered?.answered === n && r.answer.length === n && r.missingQuestion === 0 && r.missingReveal === 0 && (rows === null || rows === n);
    report.check(`round ${r.index + 1}`, ok,
      `host:answered ${answered}, acks ${r.answer.length}/${n}, Answer rows ${rows ?? '- (no database access)'}, ` +
        `question ${n - r.missingQuestion}/${n}, reveal ${n - r.missingReveal}/${n}`);
  }
  if (end) report.check('ended', end.missing === 0, `${n - end.missing}/${n} players got the final screen${stored ? `; game status ${stored.status}` : ''}`);
  const dropped = room.players.filter((p) => p.droppedBecause);
  const reasons = [...new Set(dropped.map((p) => p.droppedBecause))].join(', ');
  report.check('dropped sockets', dropped.length === 0, dropped.length ? `${dropped.length} (${reasons})` : '0');
}

async function resolveBank(target: Target, opts: BenchOptions): Promise<{ id: string; note: string }> {
  if (opts.bankId) return { id: opts.bankId, note: `bank ${opts.bankId}` };
  if (!target.databaseUrl) throw new Error('With --url, set DATABASE_URL to the server\'s database or pass --bank-id.');
  const bank = await findShippedBank(target.databaseUrl);
  if (bank.questions < opts.rounds) console.warn(`warning: ${bank.sourceName} has ${bank.questions} questions; playing ${bank.questions} rounds.`);
  return { id: bank.id, note: `${bank.sourceName} (${bank.questions} questions)` };
}

/** The whole run, phase by phase; each phase adds to the report as it ends. */
async function run(opts: BenchOptions, target: Target, setReport: (r: Report) => void): Promise<void> {
  const bank = await resolveBank(target, opts);
  const report = new Report([
    `Cramjam room bench: ${plural(opts.players, 'player')}, ${plural(opts.rounds, 'round')}, answers spread over ${ms(opts.spreadMs)}, ` +
      `${opts.secondsPerQuestion} s per question`,
    `server: ${target.description}`,
    `bank: ${bank.note}`,
    `machine: ${cpus().length} cores shared by the server, Postgres and the bench (all clients on one event loop); latencies include that contention`,
  ], opts.profile);
  setReport(report);
  const probe = new Probe(target.pid);
  try {
    const room: Room = { url: target.url, board: new ScreenBoard(), host: await connectHost(target.url), players: [], sockets: [] };
    probe.phase();
    reportConnect(report, opts.players, opts.batch, await connectPlayers(room, opts.players, opts.batch));
    report.usage('connect', probe.phase());
    const clients = await connectedClients(target.url);
    report.check('connected', clients === room.players.length + 1, `server counts ${clients ?? '?'} clients for ${room.players.length} players + 1 host`);

    report.latency.push(latencyRow('create game', [await createGame(room.host, bank.id, opts.rounds, opts.secondsPerQuestion)]));
    reportJoin(report, room, opts.joinRate, await joinPlayers(room, opts.joinRate));
    report.usage('join', probe.phase());

    const rounds: RoundResult[] = [];
    for (let index = 0; index < opts.rounds && room.players.length > 0; index++) {
      const result = await playRound(room, index, opts.spreadMs);
      rounds.push(result);
      reportRound(report, result);
      report.usage(`round ${index + 1}`, probe.phase());
      if (index + 1 >= result.total) break; // the bank has no more questions
    }
    const end = room.players.length ? await endGame(room) : null;
    if (end) reportEnd(report, end);
    report.usage('end', probe.phase());

    const stored = target.databaseUrl && room.host.auth ? await storedGame(target.databaseUrl, room.host.auth.gameId) : null;
    reportChecks(report, room, opts, rounds, end, stored);
    disconnectAll(room);
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
    await run(opts, target, (r) => (report = r));
    if (!stopping) (report as Report | null)?.print();
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
