import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '../server/store/db';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../server/store/embedded-postgres';
import { withDatabase } from './support/database-url';

// Integration tests run against a fresh, migrated database on the server named by
// DATABASE_URL (CI: the machine's Postgres), or else on the embedded server.
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  const serverUrl =
    process.env.DATABASE_URL ??
    (embedded = await startEmbeddedPostgres(path.resolve('.data/test/postgres'), console.warn)).url;
  const name = `cramjam_it_${Date.now()}_${process.pid}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl, name);
  await migrateDatabase(url);
  project.provide('databaseUrl', url);
  project.provide('serverUrl', serverUrl);

  return async () => {
    await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await embedded?.stop();
  };
}

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    /** the server's own database, for tests that create scratch databases */
    serverUrl: string;
  }
}
