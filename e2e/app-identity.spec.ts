import { devices, expect, test, type BrowserContext } from '@playwright/test';
import { createRoom } from './support/host';

// The app's name and icons, and no page asking for a file that is not there
// (a browser asks for /favicon.ico on its own, and logs a 404 in the console).

/** Adds to `misses` every response of 400 or more, and every console error, any page of this context sees. */
function watchMisses(context: BrowserContext, misses: string[]): void {
  context.on('response', (response) => {
    if (response.status() >= 400) misses.push(`${response.status()} ${response.url()}`);
  });
  context.on('console', (message) => {
    if (message.type() === 'error') misses.push(`console: ${message.text()}`);
  });
}

test('the app has a name and icons, and no page asks for a missing file', async ({ browser, page, request }) => {
  const misses: string[] = [];
  watchMisses(page.context(), misses);
  await page.goto('/');
  await expect(page).toHaveTitle('Cramjam');
  const icons = await page.locator('link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(icons.length).toBeGreaterThanOrEqual(3);
  for (const url of [...icons, '/favicon.ico']) expect((await request.get(url)).status(), url).toBe(200);
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'Cramjam', short_name: 'Cramjam' });

  const code = await createRoom(page, 1);
  const { defaultBrowserType: _ignored, ...profile } = devices['Moto G4']!;
  const phone = await browser.newContext(profile);
  watchMisses(phone, misses);
  const joining = await phone.newPage();
  await joining.goto(`/join/${code}`);
  await expect(joining.getByLabel('Nickname')).toBeVisible();
  await expect(joining).toHaveTitle(/Cramjam/);
  await page.waitForTimeout(500); // the browser's own favicon requests
  expect(misses).toEqual([]);
  await phone.close();
});
