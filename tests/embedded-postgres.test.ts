import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { runningEmbeddedUrl, startEmbeddedPostgres } from '../server/store/embedded-postgres';
import { withPgClient } from '../server/store/pg';

// The embedded default database's caveats: a second Cramjam process must not
// take over (or stop) a running one's database, and a Postgres left behind by
// a killed Node process is stopped and replaced on the next start.

const dirs: string[] = [];
function dataDir(name: string) {
  const dir = path.resolve('.data/test', `${name}-${Date.now()}`);
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

function answers(url: string): Promise<boolean> {
  return withPgClient(url, async (client) => (await client.query('SELECT 1 AS one')).rows[0].one === 1);
}

describe('embedded postgres', () => {
  test('a second process may use a running server but never starts over it', async () => {
    const dir = dataDir('owned');
    const first = await startEmbeddedPostgres(dir, () => {});
    try {
      await expect(startEmbeddedPostgres(dir, () => {})).rejects.toThrow(/Another Cramjam process \(pid \d+\) is using the embedded database/);
      expect(runningEmbeddedUrl(dir)).toBe(first.url);
      expect(await answers(first.url)).toBe(true); // still up after the refused start
    } finally {
      await first.stop();
    }
    expect(runningEmbeddedUrl(dir)).toBeNull();
  });

  test('a Postgres left behind by a killed Node process is stopped and replaced, data kept', async () => {
    const dir = dataDir('orphan');
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/start-embedded.ts', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      child.once('exit', (code) => reject(new Error(`the child exited with ${code}`)));
    });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE TABLE kept (note text)');
    await client.query(`INSERT INTO kept VALUES ('written before the kill')`);
    await client.end();

    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 500)); // let init adopt the orphan
    expect(runningEmbeddedUrl(dir)).toBeNull(); // an orphan is nobody's to share

    const notes: string[] = [];
    const second = await startEmbeddedPostgres(dir, (message) => notes.push(message));
    try {
      expect(notes.join('\n')).toMatch(/stopping a leftover embedded PostgreSQL/);
      const again = new pg.Client({ connectionString: second.url });
      await again.connect();
      expect((await again.query('SELECT note FROM kept')).rows).toEqual([{ note: 'written before the kill' }]);
      await again.end();
    } finally {
      await second.stop();
    }
  }, 60_000);
});
