import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run screenshots`: plays a real game against the production build and
// writes the README's pictures to docs/screenshots/.
export default defineConfig({ ...base, testDir: 'scripts/screenshots', testMatch: '*.ts', reporter: [['list']], retries: 0 });
