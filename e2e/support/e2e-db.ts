import pg from 'pg';
import { withDatabase } from '../../server/store/pg';
import { runningEmbeddedUrl } from '../../server/store/embedded-postgres';

/**
 * The test's own connection to the e2e server's database (scripts/e2e-server.ts):
 * the scratch database on DATABASE_URL's server, or the embedded one of this port.
 */
export async function e2eDatabase(): Promise<pg.Client> {
  const port = process.env.E2E_PORT ?? '3100';
  const url = process.env.DATABASE_URL ? withDatabase(process.env.DATABASE_URL, `cramjam_e2e_${port}`) : runningEmbeddedUrl(`.data/e2e-${port}/postgres`);
  if (!url) throw new Error(`No e2e database for port ${port}.`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}
