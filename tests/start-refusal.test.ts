// A wrong setting stops the server before it starts anything, with the reason in one line (no stack trace).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

test('several nodes without DATABASE_URL: refused with a plain message and exit 1, nothing started', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, REDIS_URL: 'redis://127.0.0.1:6379', PORT: '1' };
  delete env.DATABASE_URL;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/index.ts'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  expect(run.status).toBe(1);
  expect(run.stderr.trim()).toBe(
    'Cramjam cannot start. Invalid environment: REDIS_URL: several nodes need one shared PostgreSQL: set DATABASE_URL too (the embedded database belongs to one machine)',
  );
  expect(run.stdout).toBe('');
});
