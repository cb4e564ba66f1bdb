import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests, and integration tests that need a Postgres
// (DATABASE_URL, else the embedded server) prepared once by the global setup.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['server/**/*.test.ts', 'app/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
