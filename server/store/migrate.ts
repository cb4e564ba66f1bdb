import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Client } from 'pg';

/**
 * Applies prisma/migrations/<name>/migration.sql in order, recording each in
 * `_prisma_migrations` exactly as Prisma Migrate does, so `prisma migrate deploy`
 * agrees with us wherever its native engine is available. Prisma's CLI cannot
 * run offline, which is why this exists at all.
 */

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../prisma/migrations');

// Prisma Migrate's own lock key, so the two never run at once on one database.
const ADVISORY_LOCK = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/** Applies pending migrations; returns the names applied. Throws MigrationError on drift. */
export async function migrate(client: Client, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await readMigrations(dir);
  await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK]);
  try {
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r]));
    const known = new Set(migrations.map((m) => m.name));
    for (const row of rows) {
      if (!known.has(row.migration_name)) {
        throw new MigrationError(`Migration ${row.migration_name} is applied to the database but missing from ${dir}.`);
      }
      if (row.finished_at === null) {
        throw new MigrationError(`Migration ${row.migration_name} started but did not finish; fix the database by hand, then mark it rolled back.`);
      }
    }
    const done: string[] = [];
    for (const m of migrations) {
      const row = applied.get(m.name);
      if (row) {
        if (row.checksum !== m.checksum) {
          throw new MigrationError(`Migration ${m.name} was changed after it was applied (checksum ${row.checksum} in the database, ${m.checksum} on disk). Write a new migration instead.`);
        }
        continue;
      }
      await applyOne(client, m);
      done.push(m.name);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK]);
  }
}

async function applyOne(client: Client, m: Migration): Promise<void> {
  const id = randomUUID();
  await client.query('BEGIN');
  try {
    await client.query(m.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [id, m.checksum, m.name],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new MigrationError(`Migration ${m.name} failed: ${(error as Error).message}`);
  }
}
