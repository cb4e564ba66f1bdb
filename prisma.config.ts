import { defineConfig } from 'prisma/config';

// The CLI reads the database URL from here (for `prisma migrate deploy` where the
// schema engine exists); the app itself connects through @prisma/adapter-pg.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
