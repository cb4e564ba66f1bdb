import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ms, summarize, table } from './stats';

/**
 * One run of `npm run bench:room` in a few figures: printed as one line, saved
 * as JSON (--save) and set beside an earlier run's (--compare), so a change is
 * judged against the same bench on the same machine, not against an absolute time.
 */

export interface RunFigures {
  ackP50: number | null;
  ackP99: number | null;
  questionP99: number | null;
  revealP99: number | null;
  endP99: number | null;
  joinP99: number | null;
  /** CPU time of the server process over the whole run, connect to end (ms) */
  serverCpuMs: number | null;
  /** the embedded Postgres's, when the server started one */
  postgresCpuMs: number | null;
  peakRssMb: number | null;
  /** SIGTERM right after every client left at once, to the server's exit (ms); null with --url */
  stopMs: number | null;
  /** sockets dropped, checks that did not match */
  dropped: number;
  mismatches: number;
}

export interface SavedRun {
  bench: 'room';
  at: string;
  commit: string | null;
  players: number;
  rooms: number;
  rounds: number;
  /** the 1-minute load average when the run started and when it ended */
  load: [number, number];
  figures: RunFigures;
}

export const loadNow = (): number => Number(loadavg()[0]!.toFixed(2));

export function gitCommit(): string | null {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--untracked-files=no');
    return dirty ? `${head}+changes` : head;
  } catch {
    return null;
  }
}

export const p50 = (values: number[]) => summarize(values)?.p50 ?? null;
export const p99 = (values: number[]) => summarize(values)?.p99 ?? null;

/** The run as one line. */
export function summaryLine(run: SavedRun): string {
  const f = run.figures;
  const rooms = run.rooms === 1 ? '1 room' : `${run.rooms} rooms`;
  const cpu = f.serverCpuMs === null ? '-' : ms(f.serverCpuMs);
  return [
    `summary: ${run.players} players x ${rooms}, ${run.rounds} rounds`,
    `ack p50 ${ms(f.ackP50)} p99 ${ms(f.ackP99)}`,
    `question p99 ${ms(f.questionP99)}`,
    `reveal p99 ${ms(f.revealP99)}`,
    `end p99 ${ms(f.endP99)}`,
    `server CPU ${cpu}`,
    `peak RSS ${f.peakRssMb === null ? '-' : `${f.peakRssMb} MB`}`,
    `stop ${ms(f.stopMs)}`,
    `load ${run.load[0]} -> ${run.load[1]}`,
    f.dropped || f.mismatches ? `${f.dropped} dropped, ${f.mismatches} mismatches` : 'checks ok',
  ].join(' | ');
}

export function saveRun(file: string, run: SavedRun): void {
  writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
}

export function loadRun(file: string): SavedRun {
  const run = JSON.parse(readFileSync(file, 'utf8')) as SavedRun;
  if (run.bench !== 'room' || typeof run.figures !== 'object') throw new Error(`${file} is not a saved bench:room run.`);
  return run;
}

const ROWS: [keyof RunFigures, string, (v: number | null) => string][] = [
  ['ackP50', 'answer ack p50', ms],
  ['ackP99', 'answer ack p99', ms],
  ['questionP99', 'question fan-out p99', ms],
  ['revealP99', 'reveal fan-out p99', ms],
  ['endP99', 'end fan-out p99', ms],
  ['joinP99', 'join ack p99', ms],
  ['serverCpuMs', 'server CPU', ms],
  ['postgresCpuMs', 'postgres CPU', ms],
  ['peakRssMb', 'server peak RSS', (v) => (v === null ? '-' : `${v} MB`)],
  ['stopMs', 'SIGTERM to exit after the leave', ms],
];

/** The earlier run beside this one, with this one's figure as a ratio of the earlier one's. */
export function comparison(before: SavedRun, now: SavedRun): string {
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || a === 0 ? '-' : `${(b / a).toFixed(2)}x`);
  const rows = ROWS.map(([key, label, show]) => [label, show(before.figures[key]), show(now.figures[key]), ratio(before.figures[key], now.figures[key])]);
  const shape = (r: SavedRun) => `${r.players} x ${r.rooms}, ${r.rounds} rounds`;
  const warning = shape(before) === shape(now) ? '' : `\nwarning: the runs differ in shape (${shape(before)} then ${shape(now)}): the ratios compare unlike loads`;
  return [
    `compared with ${before.commit ?? 'an earlier run'} of ${before.at} (load ${before.load.join(' -> ')}); this run: ${now.commit ?? '?'} (load ${now.load.join(' -> ')})`,
    table(['figure', 'before', 'now', 'now / before'], rows),
  ].join('\n') + warning;
}
