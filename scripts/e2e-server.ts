// The server the Playwright tests play against. With DATABASE_URL it runs on a
// scratch database `cramjam_e2e_<port>` on that server, made afresh and dropped
// after, so the tests never touch the database DATABASE_URL names; without it,
// on the embedded database in .data/e2e-<port>.
import { spawn } from 'node:child_process';
import { createScratchDatabase } from '../server/store/pg';

const port = process.env.PORT ?? '3100';
// The suite creates far more rooms from this one address than a host would in an hour.
const env: NodeJS.ProcessEnv = { CRAMJAM_ROOMS_PER_HOUR: '1000', ...process.env, NODE_ENV: 'production' };
// One per port, so two runs on different E2E_PORTs never share a database.
const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL, `cramjam_e2e_${port}`) : undefined;
if (scratch) env.DATABASE_URL = scratch.url;
else env.CRAMJAM_DATA_DIR ??= `.data/e2e-${port}`;

const server = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], { stdio: 'inherit', env });
// Playwright (gracefulShutdown) and a terminal's Ctrl-C signal the whole process group, so the server has
// the signal already; sent again it would be a second Ctrl-C, which stops at once without storing queued
// writes. This wrapper only waits for the server to stop, then drops the scratch database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => {});
server.on('exit', async (code, signal) => {
  await scratch?.drop().catch(() => {});
  process.exit(code ?? (signal ? 1 : 0));
});
