// The server the Playwright tests play against. With DATABASE_URL it runs on a
// scratch database `cramjam_e2e_<port>` on that server, made afresh and dropped
// after, so the tests never touch the database DATABASE_URL names; without it,
// on the embedded database in .data/e2e-<port>.
import { spawn } from 'node:child_process';
import pg from 'pg';

// One per port, so two runs on different E2E_PORTs never share a database.
const SCRATCH = `cramjam_e2e_${process.env.PORT ?? 3100}`;

async function admin(sql) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const env = { ...process.env, NODE_ENV: 'production' };
if (process.env.DATABASE_URL) {
  await admin(`DROP DATABASE IF EXISTS ${SCRATCH} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${SCRATCH}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${SCRATCH}`;
  env.DATABASE_URL = url.toString();
} else {
  env.CRAMJAM_DATA_DIR ??= `.data/e2e-${process.env.PORT ?? 3100}`;
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', async (code, signal) => {
  if (process.env.DATABASE_URL) await admin(`DROP DATABASE IF EXISTS ${SCRATCH} WITH (FORCE)`).catch(() => {});
  process.exit(code ?? (signal ? 1 : 0));
});
