import { expect, test, type Page } from '@playwright/test';
import { createRoom, endRoundNow } from '../../e2e/support/host';

// Not a test: "Time to read first" on the projector (1920x1080 and 1280x720, both
// themes) and on 360x640 phones (light, dark, and with reduced motion), photographed
// while the question is read. Each browser's clock is paused for its shots, so the
// reading stays up however slow the machine.

const DIR = 'docs/screenshots';
const shot = (page: Page, name: string) => page.screenshot({ path: `${DIR}/${name}.png`, animations: 'disabled' });
const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };

/** Waits until the reading shows with its bar part filled, then stops this browser's clock. */
async function pauseReading(page: Page) {
  await expect(page.getByRole('timer', { name: /^Answers in/ })).toBeVisible();
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_500));
}

async function hostShots(host: Page, name: string) {
  await pauseReading(host);
  await shot(host, name);
  await host.getByRole('button', { name: 'Theme: dark' }).click();
  await shot(host, `${name}-light`);
  await host.getByRole('button', { name: 'Theme: light' }).click();
  await host.clock.resume();
}

async function phoneAt(host: Page, code: string, nickname: string, options: { colorScheme: 'light' | 'dark'; reducedMotion?: 'reduce' }) {
  const context = await host.context().browser()!.newContext({ ...PHONE, ...options });
  await context.clock.install();
  const page = await context.newPage();
  await page.goto(`/join/${code}`);
  await page.getByLabel('Nickname').fill(nickname);
  await page.getByRole('button', { name: 'Join game' }).click();
  await expect(page.getByText("You're in!")).toBeVisible();
  return page;
}

test('time to read first screenshots', async ({ page: host }) => {
  await host.clock.install();
  await host.setViewportSize({ width: 1920, height: 1080 });
  const code = await createRoom(host, 2, 30, { readFirst: true });
  const ada = await phoneAt(host, code, 'Ada', { colorScheme: 'light' });
  const bo = await phoneAt(host, code, 'Bo', { colorScheme: 'dark' });
  const cy = await phoneAt(host, code, 'Cy', { colorScheme: 'dark', reducedMotion: 'reduce' });

  await host.getByRole('button', { name: 'Start game' }).click();
  for (const [phone, name] of [[ada, 'phone-reading'], [bo, 'phone-reading-dark'], [cy, 'phone-reading-reduced-motion']] as const) {
    await pauseReading(phone);
    await shot(phone, name);
  }
  await hostShots(host, 'host-reading');

  // The second question, at 1280x720.
  await endRoundNow(host);
  await host.setViewportSize({ width: 1280, height: 720 });
  await host.getByRole('button', { name: 'Next' }).click();
  await hostShots(host, 'host-reading-1280');
  for (const phone of [ada, bo, cy]) await phone.context().close();
});
