import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '../server/store/db';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../server/store/embedded-postgres';
import { createScratchDatabase } from '../server/store/pg';

// Integration tests run against a fresh, migrated database on the server named by
// DATABASE_URL (CI: the machine's Postgres), or else on the embedded server.
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  const serverUrl =
    process.env.DATABASE_URL ??
    (embedded = await startEmbeddedPostgres(path.resolve('.data/test/postgres'), console.warn)).url;
  const scratch = await createScratchDatabase(serverUrl, `cramjam_it_${Date.now()}_${process.pid}`);
  await migrateDatabase(scratch.url);
  project.provide('databaseUrl', scratch.url);
  project.provide('serverUrl', serverUrl);

  return async () => {
    await scratch.drop();
    await embedded?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    /** the server's own database, for tests that create scratch databases */
    serverUrl: string;
  }
}
