import AxeBuilder from '@axe-core/playwright';
import { devices, expect, test, type Page } from '@playwright/test';

// Screen-reader and contrast checks (axe-core) on the pages everyone sees first.

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

test('home, host setup and lobby have no serious accessibility problems', async ({ page }) => {
  await page.goto('/');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Host a game' }).click();
  await expect(page.getByRole('button', { name: 'Create room' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Create room' }).click();
  await expect(page.getByLabel('Room code', { exact: true })).toHaveText(/\d{6}/);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the phone join screens have no serious accessibility problems', async ({ browser }) => {
  const { defaultBrowserType: _ignored, ...phone } = devices['Moto G4']!;
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  // A code with no game (a stale QR code) says so before asking for a nickname; the nickname
  // screen and every game screen are checked in game-screens.spec.ts.
  await page.goto('/join/000000');
  await expect(page.getByRole('heading', { name: 'This game is over' })).toBeVisible();
  await expect(page.getByLabel('Nickname')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
