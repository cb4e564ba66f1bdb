import { zipSync } from 'fflate';
import { expect, test, type Locator } from '@playwright/test';
import { PNG_1X1 } from '../tests/support/image-fixture';
import { joinFromPhone } from './support/players';

// A host uploads a zip of questions with their image, plays it with a 360x640
// phone, and every screen shows the image from the app (decoded: naturalWidth > 0).

const title = `Pictures ${Date.now().toString(36)}`;
const question = (n: number) =>
  new TextEncoder().encode(
    `${n === 1 ? `---\ntitle: ${title}\n---\n\n` : ''}Which chart is this, number ${n}? ![trend chart](img/chart.png)\n\n- [x] Rising\n- [ ] Falling\n\nIt rises. ![trend again](img/chart.png)\n`,
  );

async function expectShown(image: Locator) {
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('src', /^\/api\/banks\/images\/[0-9a-f]{64}$/);
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
}

test('an image in an uploaded zip shows on the host and on a 360x640 phone: question, reveal, report and review', async ({ browser, page: host }) => {
  await host.goto('/banks/new');
  const zip = zipSync({ 'q1.md': question(1), 'q2.md': question(2), 'img/chart.png': PNG_1X1 });
  await host.getByLabel('Question bank file').setInputFiles({ name: 'pictures.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
  await expect(host.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await host.getByRole('button', { name: 'Save bank' }).click();
  await expect(host.getByRole('main').getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await host.getByRole('link', { name: 'Host a game with it' }).click();
  await host.getByLabel('Question bank', { exact: true }).selectOption({ label: `${title} (pictures.zip, 2 questions)` });
  await host.getByLabel('Questions', { exact: true }).fill('1');
  await host.getByLabel('Seconds per question', { exact: true }).fill('60');
  await host.getByRole('button', { name: 'Create room' }).click();
  const code = (await host.getByLabel('Room code', { exact: true }).textContent())!.trim();

  const phone = await joinFromPhone(browser, code, 'Ada', { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  await host.getByRole('button', { name: 'Start game' }).click();

  await expectShown(host.getByRole('img', { name: 'trend chart' }));
  await expectShown(phone.page.getByRole('img', { name: 'trend chart' }));
  await phone.page.getByRole('button', { name: 'Rising' }).click();

  await expectShown(host.getByRole('region', { name: 'Explanation' }).getByRole('img', { name: 'trend again' }));
  await expectShown(phone.page.getByRole('region', { name: 'Explanation' }).getByRole('img', { name: 'trend again' }));

  // After the game: the host's report and the phone's review show it too.
  await host.getByRole('button', { name: 'Show podium' }).click();
  await host.getByRole('link', { name: 'View results' }).click();
  await expectShown(host.getByRole('img', { name: 'trend chart' }));
  await phone.page.getByRole('link', { name: 'My answers' }).click();
  await expectShown(phone.page.getByRole('img', { name: 'trend chart' }));
  await phone.context.close();
});

test('the upload preview shows a zip\'s image before the bank is saved', async ({ page }) => {
  // Bytes of this run only (a PNG ignores what follows its end), so the image is not already stored.
  const png = Uint8Array.from([...PNG_1X1, ...new TextEncoder().encode(title)]);
  const previewTitle = `${title} preview`;
  const file = new TextEncoder().encode(`---\ntitle: ${previewTitle}\n---\n\nWhich chart? ![fresh chart](/img/fresh.png)\n\n- [x] Rising\n- [ ] Falling\n\nIt rises.\n`);
  await page.goto('/banks/new');
  await page.getByLabel('Question bank file').setInputFiles({ name: 'fresh.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync({ 'bank/q1.md': file, 'bank/img/fresh.png': png })) });
  await expect(page.getByRole('heading', { level: 2, name: previewTitle })).toBeVisible();
  await expectShown(page.getByRole('img', { name: 'fresh chart' }));
});
