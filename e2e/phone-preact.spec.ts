import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { endRoundNow } from './support/host';
import type { Phone } from './support/players';
import { explanationStart } from './support/seed-bank';
import { createStudySetRoom, match, pairsOf, press, studySet } from './support/study-set';

// The phone's page runs the player's React components on Preact (scripts/build-phone.mjs).
// Where preact/compat does otherwise than React, a player would find out: these play it.

const SECTION = 'Deployment and operations';

/** Bo joins from the room's link on a Moto G4 (360x640); `before` prepares the page first (a network rule). */
async function joinAsBo(browser: Browser, code: string, before?: (page: Page) => Promise<unknown>): Promise<Phone> {
  const { defaultBrowserType: _ignored, ...profile } = devices['Moto G4']!;
  const context = await browser.newContext(profile);
  const page = await context.newPage();
  await before?.(page);
  await page.goto(`/join/${code}`);
  await page.getByLabel('Nickname').fill('Bo');
  await page.getByRole('button', { name: 'Join game' }).click();
  await expect(page.getByText("You're in!")).toBeVisible();
  return { name: 'Bo', context, page };
}

test('a dialog opened from the keyboard takes the focus, and the typed answer is not spell-checked', async ({ browser, page: host }) => {
  const q = await studySet(SECTION);
  expect(q.slice(0, 3).map((x) => x.type)).toEqual(['matching', 'ordering', 'typed']);
  const phone = await joinAsBo(browser, await createStudySetRoom(host, { sections: [SECTION] }));
  await host.getByRole('button', { name: 'Start game' }).click();
  for (const round of [1, 2]) {
    await expect(phone.page.getByText(`Question ${round} of`)).toBeVisible();
    await endRoundNow(host);
    await expect(host.getByRole('region', { name: 'Explanation' })).toBeVisible();
    await host.getByRole('button', { name: 'Next' }).click();
    if (round === 1) {
      // Round 2: the last explanation, opened by keyboard: the focus lands on its way back.
      await press(phone.page, 'Last explanation');
      await expect(phone.page.getByRole('button', { name: 'Back to the question' })).toBeFocused();
      await phone.page.keyboard.press('Enter');
      await expect(phone.page.getByRole('dialog')).toBeHidden();
    }
  }
  // Round 3, type the answer: the text box leaves the question room to be read whole; no red underline (or autocorrect) on a right answer.
  await expect(phone.page.getByLabel('Your answer')).toHaveAttribute('spellcheck', 'false');
  await expect(phone.page.getByRole('button', { name: 'Show whole question' })).toHaveCount(0);
  await phone.context.close();
});

test('a phone that cannot fetch the markdown renderer still reads every question and answers', async ({ browser, page: host, request }) => {
  const q = await studySet(SECTION);
  const { preload } = (await (await request.get('/phone/manifest.json')).json()) as { preload: string[] };
  // Every chunk but those the page loads up front: the renderer, fetched on joining.
  const phone = await joinAsBo(browser, await createStudySetRoom(host, { sections: [SECTION] }), (page) =>
    page.route(/\/phone\/chunk-\w+\.js$/, (route) => (preload.includes(new URL(route.request().url()).pathname) ? route.continue() : route.abort())),
  );
  await host.getByRole('button', { name: 'Start game' }).click();
  await expect(phone.page.getByRole('region', { name: 'Question' })).toContainText(q[0]!.stem!.slice(0, 40));
  await match(phone, pairsOf(q[0]!));
  await phone.page.getByRole('button', { name: 'Submit matches' }).click();
  await expect(phone.page.getByText('Correct', { exact: true })).toBeVisible();
  await expect(phone.page.getByRole('region', { name: 'Explanation' })).toContainText(explanationStart(q[0]!));
  await phone.context.close();
});
