// The database for `bank import`: DATABASE_URL, else the same embedded Postgres
// the server uses: the running server's when it is up, else started just for
// this command; migrated like at startup either way.
import path from 'node:path';
import { loadConfig } from '../../config';
import { createDb, migrateDatabase, type Db } from '../../store/db';
import { backfillQuestionKeys } from '../store/question-keys';
import { runningEmbeddedUrl, startEmbeddedPostgres } from '../../store/embedded-postgres';

const root = path.resolve(import.meta.dirname, '../../..');

export async function openDatabase(): Promise<{ db: Db; close: () => Promise<void> }> {
  const config = loadConfig();
  let stopEmbedded = async () => {};
  const dataDir = path.resolve(root, config.CRAMJAM_DATA_DIR, 'postgres');
  let url = config.DATABASE_URL ?? runningEmbeddedUrl(dataDir) ?? undefined;
  if (!url) {
    const embedded = await startEmbeddedPostgres(dataDir, (message) => console.error(message));
    url = embedded.url;
    stopEmbedded = () => embedded.stop();
  }
  await migrateDatabase(url);
  const db = createDb(url);
  await backfillQuestionKeys(db);
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await stopEmbedded();
    },
  };
}
