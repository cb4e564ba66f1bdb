import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { migrate } from './migrate';
import { withPgClient } from './pg';

export type Db = PrismaClient;

export function createDb(url: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

/** Brings the database at `url` up to date with prisma/migrations. */
export function migrateDatabase(url: string): Promise<string[]> {
  return withPgClient(url, (client) => migrate(client));
}

/** True when the database answers a trivial query within `timeoutMs`. */
export async function pingDb(db: Db, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const ping = db.$queryRaw`SELECT 1`.then(() => true, () => false);
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
