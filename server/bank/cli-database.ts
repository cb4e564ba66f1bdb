// The database for `bank import`: DATABASE_URL, else the same embedded Postgres
// the server uses, started just for this command and migrated like at startup.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { createDb, migrateDatabase, type Db } from '../store/db';
import { startEmbeddedPostgres } from '../store/embedded-postgres';

const root = path.resolve(import.meta.dirname, '../..');

/** A live postmaster.pid: a running Cramjam server owns the embedded database. */
function embeddedInUse(dataDir: string): boolean {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  try {
    return Number.isInteger(pid) && process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function openDatabase(): Promise<{ db: Db; close: () => Promise<void> }> {
  const config = loadConfig();
  let stopEmbedded = async () => {};
  let url = config.DATABASE_URL;
  if (!url) {
    const dataDir = path.resolve(root, config.CRAMJAM_DATA_DIR, 'postgres');
    // Starting it here would stop the running server's database: refuse instead.
    if (embeddedInUse(dataDir)) {
      throw new Error('the Cramjam server is running on the embedded database; stop it first, upload the bank from the host page, or set DATABASE_URL');
    }
    const embedded = await startEmbeddedPostgres(dataDir, (message) => console.error(message));
    url = embedded.url;
    stopEmbedded = () => embedded.stop();
  }
  await migrateDatabase(url);
  const db = createDb(url);
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await stopEmbedded();
    },
  };
}
