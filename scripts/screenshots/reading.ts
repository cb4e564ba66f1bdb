import { expect, test, type Page } from '@playwright/test';
import { createRoom, endRoundNow } from '../../e2e/support/host';
import { joinFromPhone } from '../../e2e/support/players';

// Not a test: "Time to read first" on the projector (1920x1080 and 1280x720, both
// themes) and on 360x640 phones (light and dark, one with reduced motion), photographed
// while the question is read.

const DIR = 'docs/screenshots';
const shot = (page: Page, name: string) => page.screenshot({ path: `${DIR}/${name}.png`, animations: 'disabled' });
const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };

/** The host's shots of one reading, dark then light, back to dark. */
async function hostShots(host: Page, name: string) {
  await expect(host.getByRole('timer', { name: /^Answers in/ })).toBeVisible();
  await shot(host, name);
  await host.getByRole('button', { name: 'Theme: dark' }).click();
  await shot(host, `${name}-light`);
  await host.getByRole('button', { name: 'Theme: light' }).click();
}

test('time to read first screenshots', async ({ browser, page: host }) => {
  await host.setViewportSize({ width: 1920, height: 1080 });
  const code = await createRoom(host, 2, 30, { readFirst: true });
  const ada = await joinFromPhone(browser, code, 'Ada', { ...PHONE, colorScheme: 'light' });
  const bo = await joinFromPhone(browser, code, 'Bo', { ...PHONE, colorScheme: 'dark', reducedMotion: 'reduce' });

  await host.getByRole('button', { name: 'Start game' }).click();
  await expect(ada.page.getByRole('timer', { name: /^Answers in/ })).toBeVisible();
  await expect(bo.page.getByRole('timer', { name: /^Answers in/ })).toBeVisible();
  await host.waitForTimeout(1500); // the bar part filled
  await shot(ada.page, 'phone-reading');
  await shot(bo.page, 'phone-reading-dark');
  await hostShots(host, 'host-reading');

  // The second question, at 1280x720.
  await endRoundNow(host);
  await host.setViewportSize({ width: 1280, height: 720 });
  await host.getByRole('button', { name: 'Next' }).click();
  await host.waitForTimeout(1500);
  await hostShots(host, 'host-reading-1280');
  for (const phone of [ada, bo]) await phone.context.close();
});
