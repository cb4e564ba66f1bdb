import { devices, expect, test } from '@playwright/test';
import { collectScripts, total } from '../scripts/bench/loaded-scripts';
import { createRoom } from './support/host';

// A phone joining from the QR code loads the join page on whatever network the
// room has: its JavaScript stays within 120 KB gzipped (npm run bench:bundle prints the figure).
const BUDGET = 120 * 1024;

test('the join page loads at most 120 KB of JavaScript, and no React or Next.js runtime', async ({ browser, page }) => {
  const code = await createRoom(page, 1);
  const { defaultBrowserType: _ignored, ...profile } = devices['Moto G4']!;
  const phone = await (await browser.newContext(profile)).newPage();
  const loading = collectScripts(phone);
  await phone.goto(`/join/${code}`, { waitUntil: 'networkidle' });
  await expect(phone.getByLabel('Nickname')).toBeVisible();
  const scripts = await loading.stop();

  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.map((s) => s.url).filter((url) => url.startsWith('/_next/'))).toEqual([]);
  expect(total(scripts, 'gzip')).toBeLessThanOrEqual(BUDGET);
  await phone.context().close();
});
