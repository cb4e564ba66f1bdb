import pg from 'pg';

/** Plain `pg` access for what Prisma does not do: migrations and creating or dropping databases. */

export async function withPgClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database `name` on the server of `serverUrl` (one left by an earlier run is replaced). */
export async function createScratchDatabase(serverUrl: string, name: string): Promise<ScratchDatabase> {
  const drop = async () => void (await withPgClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));
  await drop();
  await withPgClient(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  return { url: withDatabase(serverUrl, name), name, drop };
}
