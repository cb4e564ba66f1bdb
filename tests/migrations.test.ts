import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { migrate, MigrationError, readMigrations } from '../server/store/migrate';
import { createScratchDatabase, type ScratchDatabase } from '../server/store/pg';

// The runner against scratch databases: records rows as Prisma Migrate does,
// is idempotent, and refuses to start when an applied migration was edited.

let scratch: ScratchDatabase;
let client: pg.Client;

beforeAll(async () => {
  scratch = await createScratchDatabase(inject('serverUrl'), `cramjam_mig_${Date.now()}`);
  client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
  await scratch.drop();
});

async function migrationDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cramjam-mig-'));
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

describe('migration runner', () => {
  test('applies pending migrations once, in name order, and records them like Prisma Migrate', async () => {
    const dir = await migrationDir({
      '20260101000000_a': 'CREATE TABLE "A" ("id" TEXT PRIMARY KEY);',
      '20260102000000_b': 'ALTER TABLE "A" ADD COLUMN "b" INTEGER; CREATE TABLE "B" ("id" TEXT);',
    });
    expect(await migrate(client, dir)).toEqual(['20260101000000_a', '20260102000000_b']);
    expect(await migrate(client, dir)).toEqual([]);

    const { rows } = await client.query(
      'SELECT id, checksum, migration_name, finished_at, rolled_back_at, applied_steps_count, logs FROM "_prisma_migrations" ORDER BY migration_name',
    );
    const expected = await readMigrations(dir);
    expect(rows.map((r) => r.migration_name)).toEqual(expected.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.checksum).toBe(expected[i]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  test('refuses to run when an applied migration changed on disk', async () => {
    const dir = await migrationDir({
      '20260101000000_a': 'CREATE TABLE "A" ("id" TEXT PRIMARY KEY); -- edited',
      '20260102000000_b': 'ALTER TABLE "A" ADD COLUMN "b" INTEGER; CREATE TABLE "B" ("id" TEXT);',
    });
    await expect(migrate(client, dir)).rejects.toThrow(MigrationError);
    await expect(migrate(client, dir)).rejects.toThrow(/20260101000000_a was changed after it was applied/);
  });

  test('a failing migration leaves nothing behind', async () => {
    const dir = await migrationDir({
      '20260101000000_a': 'CREATE TABLE "A" ("id" TEXT PRIMARY KEY);',
      '20260102000000_b': 'ALTER TABLE "A" ADD COLUMN "b" INTEGER; CREATE TABLE "B" ("id" TEXT);',
      '20260103000000_c': 'CREATE TABLE "C" ("id" TEXT); SELECT no_such_function();',
    });
    await expect(migrate(client, dir)).rejects.toThrow(/20260103000000_c failed/);
    const tables = await client.query(`SELECT to_regclass('"C"') AS c`);
    expect(tables.rows[0].c).toBeNull();
    const recorded = await client.query(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = '20260103000000_c'`);
    expect(recorded.rows[0].n).toBe(0);
  });
});
