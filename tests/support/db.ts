import { afterAll, inject } from 'vitest';
import { createDb, type Db } from '../../server/store/db';

/** A Prisma client on this run's migrated test database, closed after the file. */
export function useTestDb(): Db {
  const db = createDb(inject('databaseUrl'));
  afterAll(() => db.$disconnect());
  return db;
}
