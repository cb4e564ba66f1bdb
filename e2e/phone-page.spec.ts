import { devices, expect, test } from '@playwright/test';
import { createRoom } from './support/host';

// The phone's page as a server sends it (app/join/[code]/route.ts and the
// bundle of scripts/build-phone.mjs in public/phone/), apart from the game.

const IMMUTABLE = 'public, max-age=31536000, immutable';

test('the join page answers HEAD, its files are kept by the phone for good, and a mistyped code leads back to the code form', async ({ browser, page, request }) => {
  const code = await createRoom(page, 1);
  const head = await request.head(`/join/${code}`);
  expect(head.status()).toBe(200);
  expect(head.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(await head.body()).toHaveLength(0);

  // Named by their content: a phone back for the next game loads them from its cache, with no request.
  const manifest = (await (await request.get('/phone/manifest.json')).json()) as { script: string; preload: string[]; stylesheet: string };
  const { defaultBrowserType: _ignored, ...profile } = devices['Moto G4']!;
  const phone = await (await browser.newContext(profile)).newPage();
  const files: string[] = [];
  phone.on('response', (response) => void (new URL(response.url()).pathname.startsWith('/phone/') && files.push(response.url())));
  await phone.goto(`/join/${code}`);
  await phone.getByLabel('Nickname').fill('Ada');
  await phone.getByRole('button', { name: 'Join game' }).click();
  await expect(phone.getByText("You're in!")).toBeVisible();
  await expect.poll(() => files.length).toBeGreaterThan(manifest.preload.length + 2); // the markdown renderer too, fetched on joining
  for (const url of files) expect((await request.get(url)).headers()['cache-control'], url).toBe(IMMUTABLE);
  // The manifest names the files of the current build: never kept for good.
  expect((await request.get('/phone/manifest.json')).headers()['cache-control']).not.toContain('immutable');

  const typo = await request.get('/join/12345');
  expect(typo.status()).toBe(404);
  await phone.goto('/join/12345');
  await expect(phone.getByRole('heading', { name: 'No such room' })).toBeVisible();
  await expect(phone.getByText('“12345” is not a room code')).toBeVisible();
  await phone.getByRole('link', { name: 'Enter a room code' }).click();
  await expect(phone.getByLabel('Room code')).toBeVisible();
  await phone.context().close();
});
