import { expect, test, type Page } from '@playwright/test';
import { readingMs } from '../server/game/reading';
import { seriousViolations } from './support/axe';
import { createRoom, expectInViewport } from './support/host';
import { answer, joinFromPhone } from './support/players';
import { aWrongAnswer, rightAnswers, seedQuestions } from './support/seed-bank';

// "Time to read first", as the room sees it: the question alone on the projector and
// the phones, the bar filling; then the options and the whole answer window.

const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
const ANSWER_SECONDS = 20;
const readingTimer = (page: Page) => page.getByRole('timer', { name: /^Answers in \d+ seconds$/ });
const fullClock = new RegExp(`^(${ANSWER_SECONDS}|${ANSWER_SECONDS - 1}) seconds left$`);

/** axe on a page whose clock is paused: its timers (axe's own among them) move on only a few ms at a time, as axe needs. */
async function axeWhilePaused(page: Page): Promise<string[]> {
  let finished = false;
  const found = seriousViolations(page, { clockPaused: true }).finally(() => (finished = true));
  while (!finished) await page.clock.runFor(10);
  return found;
}

test('host and two phones: the question alone while it is read, then the options with the full answer clock', async ({ browser, page: host }) => {
  const [q1] = await seedQuestions();
  const readMs = readingMs(q1!.stem);
  const code = await createRoom(host, 1, ANSWER_SECONDS, { readFirst: true });
  const ada = await joinFromPhone(browser, code, 'Ada', PHONE);
  const bo = await joinFromPhone(browser, code, 'Bo', PHONE);
  const firstOption = (page: Page) => page.getByRole('button', { name: q1!.options[0]!.text, exact: true });

  await host.getByRole('button', { name: 'Start game' }).click();
  const started = Date.now();
  await expect(readingTimer(bo.page)).toBeVisible();
  // A phone that reloads mid-reading comes back to the reading, with no more time than was left.
  await bo.page.reload();
  await expect(readingTimer(bo.page)).toBeVisible();
  const secondsLeft = Number(/\d+/.exec((await readingTimer(bo.page).getAttribute('aria-label'))!)![0]);
  expect(secondsLeft).toBeLessThanOrEqual(Math.ceil((readMs - (Date.now() - started)) / 1000) + 1);

  for (const page of [host, ada.page, bo.page]) {
    await expect(readingTimer(page)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();
    await expect(page.getByText(q1!.options[0]!.text, { exact: true })).toHaveCount(0); // no options yet
  }
  await expectInViewport(ada.page, [readingTimer(ada.page), ada.page.getByText('The answers appear when the bar is full.')], 'the phone reading');

  // The options come when the reading is over, and the clock then shows the whole answer window.
  await expect(firstOption(ada.page)).toBeVisible({ timeout: readMs + 10_000 });
  expect(Date.now() - started).toBeGreaterThanOrEqual(readMs - 100);
  await expect(ada.page.getByRole('timer')).toHaveAttribute('aria-label', fullClock);
  await expect(host.getByRole('timer')).toHaveAttribute('aria-label', fullClock);
  await expect(firstOption(bo.page)).toBeVisible();

  await answer(ada, rightAnswers(q1!));
  await answer(bo, [aWrongAnswer(q1!)]);
  await expect(host.getByRole('region', { name: 'Explanation' })).toBeVisible();
  await expect(ada.page.getByText(/Score \d+/)).toBeVisible();
  for (const phone of [ada, bo]) await phone.context.close();
});

test('the reading screens pass axe in both themes, on the projector and a phone', async ({ browser, page: host }) => {
  // The browsers' clocks stop once the reading shows, so it stays up however long axe takes on a busy machine.
  await host.clock.install();
  const code = await createRoom(host, 1, ANSWER_SECONDS, { readFirst: true });
  const context = await browser.newContext(PHONE);
  await context.clock.install();
  const phone = await context.newPage();
  await phone.goto(`/join/${code}`);
  await phone.getByLabel('Nickname').fill('Bo');
  await phone.getByRole('button', { name: 'Join game' }).click();
  await expect(phone.getByText("You're in!")).toBeVisible();

  await host.getByRole('button', { name: 'Start game' }).click();
  for (const page of [host, phone]) {
    await expect(readingTimer(page)).toBeVisible();
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000)); // a moment ahead: pausing cannot go back in time
  }
  for (const scheme of ['dark', 'light'] as const) {
    await phone.emulateMedia({ colorScheme: scheme });
    expect(await axeWhilePaused(phone), `phone reading, ${scheme}`).toEqual([]);
  }
  expect(await axeWhilePaused(host), 'host reading, dark').toEqual([]);
  await host.getByRole('button', { name: 'Theme: dark' }).click();
  expect(await axeWhilePaused(host), 'host reading, light').toEqual([]);
  await expect(readingTimer(phone)).toBeVisible(); // still reading: the checks saw the reading screens
  await context.close();
});
