import { parseArgs } from 'node:util';

/** Command-line options of `npm run bench:room`. */
export interface BenchOptions {
  /** players per room */
  players: number;
  /** rooms played at the same moment, each with its own host and game */
  rooms: number;
  rounds: number;
  /** a running server to measure; null: start one here */
  url: string | null;
  /** each player answers at a random moment this long after its question arrived */
  spreadMs: number;
  /** connections opened per batch (each batch waits for the previous one) */
  batch: number;
  /** joins offered per second; 0: all at once */
  joinRate: number;
  secondsPerQuestion: number;
  /** the whole run stops by itself after this long */
  timeoutS: number;
  /** bank to play; null: the shipped bank, found in the database */
  bankId: string | null;
  /** with --url: the server's pid, to read its memory and CPU from /proc */
  serverPid: number | null;
  /** write a V8 CPU profile of the server child to .data/bench/profiles */
  profile: boolean;
  /** the players are members of a study group and the game is hosted in it, so closed rounds record their memory */
  group: boolean;
  quick: boolean;
  /** write this run's figures to this JSON file */
  save: string | null;
  /** an earlier run's saved JSON, printed beside this one */
  compare: string | null;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const USAGE = `npm run bench:room -- [options]
  --players N        players in each room (default 500; --quick: 50)
  --rooms R          rooms played at once, each with N players and its own host (default 1)
  --rounds R         questions played (default 3; --quick: 2)
  --url URL          measure a running server (loopback only) instead of starting one;
                     set DATABASE_URL to its database for the bank id and the row checks
  --spread MS        answers come at random within MS of each question (default 1000)
  --batch B          connections per ramp batch (default 100)
  --join-rate J      joins offered per second, 0 = all at once (default 250)
  --seconds S        seconds per question (default 60, long enough not to cut slow acks)
  --timeout S        stop everything after S seconds (default 900)
  --bank-id ID       bank to play (default: the largest shipped bank of choice questions)
  --server-pid PID   with --url: read that process's memory and CPU
  --profile          write a CPU profile of the started server to .data/bench/profiles
  --group            the players join a study group first (the group routes) and play in it as its members,
                     so every closed round records their answers into memory (FSRS cards)
  --quick            a CI-sized run: 50 players, 2 rounds, unless given explicitly
  --save FILE        write this run's figures (ack, fan-outs, CPU, RSS, load average) as JSON
  --compare FILE     print a run saved with --save beside this one, as ratios`;

function int(value: string | undefined, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}.`);
  return n;
}

function loopbackUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  const url = new URL(value);
  if (!LOOPBACK.has(url.hostname)) throw new Error(`--url must point at this machine (127.0.0.1), not ${url.hostname}.`);
  return url.origin;
}

export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      players: { type: 'string' },
      rooms: { type: 'string' },
      rounds: { type: 'string' },
      url: { type: 'string' },
      spread: { type: 'string' },
      batch: { type: 'string' },
      'join-rate': { type: 'string' },
      seconds: { type: 'string' },
      timeout: { type: 'string' },
      'bank-id': { type: 'string' },
      'server-pid': { type: 'string' },
      profile: { type: 'boolean', default: false },
      group: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      save: { type: 'string' },
      compare: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const quick = values.quick ?? false;
  const serverPid = values['server-pid'] === undefined ? null : int(values['server-pid'], 'server-pid', 1, 2 ** 22, 1);
  return {
    players: int(values.players, 'players', 1, 5000, quick ? 50 : 500),
    rooms: int(values.rooms, 'rooms', 1, 100, 1),
    rounds: int(values.rounds, 'rounds', 1, 50, quick ? 2 : 3),
    url: loopbackUrl(values.url),
    spreadMs: int(values.spread, 'spread', 0, 60_000, 1000),
    batch: int(values.batch, 'batch', 1, 1000, 100),
    joinRate: int(values['join-rate'], 'join-rate', 0, 100_000, 250),
    secondsPerQuestion: int(values.seconds, 'seconds', 5, 300, 60),
    timeoutS: int(values.timeout, 'timeout', 10, 3600, 900),
    bankId: values['bank-id'] ?? null,
    serverPid,
    profile: values.profile ?? false,
    group: values.group ?? false,
    quick,
    save: values.save ?? null,
    compare: values.compare ?? null,
  };
}
