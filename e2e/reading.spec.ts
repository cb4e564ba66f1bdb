import { expect, test } from '@playwright/test';
import { readingMs } from '../server/game/reading';
import { seriousViolations } from './support/axe';
import { createRoom, expectInViewport } from './support/host';
import { answer, joinFromPhone } from './support/players';
import { aWrongAnswer, rightAnswers, seedQuestions } from './support/seed-bank';

// "Time to read first", as the room sees it: the question alone on the projector and
// the phones, the bar filling; then the options and the whole answer window.

const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
const ANSWER_SECONDS = 20;

test('host and two phones: the question alone while it is read, then the options with the full answer clock', async ({ browser, page: host }) => {
  const [q1] = await seedQuestions();
  const readMs = readingMs(q1!.stem);
  const code = await createRoom(host, 1, ANSWER_SECONDS, { readFirst: true });
  const ada = await joinFromPhone(browser, code, 'Ada', PHONE);
  const bo = await joinFromPhone(browser, code, 'Bo', PHONE);
  const options = q1!.options.map((o) => o.text);

  await host.getByRole('button', { name: 'Start game' }).click();
  const started = Date.now();
  for (const page of [host, ada.page, bo.page]) {
    await expect(page.getByRole('timer', { name: /^Answers in \d+ seconds$/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();
    for (const text of options) await expect(page.getByText(text, { exact: true })).toHaveCount(0); // no options yet
  }
  await expectInViewport(ada.page, [ada.page.getByRole('timer'), ada.page.getByText('The answers appear when the bar is full.')], 'the phone reading');
  expect(await seriousViolations(ada.page), 'phone reading').toEqual([]);
  expect(await seriousViolations(host), 'host reading').toEqual([]);

  // A phone that reloads mid-reading comes back to the reading, with no more time than was left.
  await bo.page.reload();
  const left = bo.page.getByRole('timer', { name: /^Answers in \d+ seconds$/ });
  await expect(left).toBeVisible();
  const secondsLeft = Number(/\d+/.exec((await left.getAttribute('aria-label'))!)![0]);
  expect(secondsLeft).toBeLessThanOrEqual(Math.ceil((readMs - (Date.now() - started)) / 1000) + 1);
  await expect(bo.page.getByRole('button', { name: options[0]!, exact: true })).toHaveCount(0);

  // The options come when the reading is over, and the clock then shows the whole answer window.
  await expect(ada.page.getByRole('button', { name: options[0]!, exact: true })).toBeVisible({ timeout: readMs + 10_000 });
  expect(Date.now() - started).toBeGreaterThanOrEqual(readMs - 100);
  await expect(ada.page.getByRole('timer')).toHaveAttribute('aria-label', new RegExp(`^(${ANSWER_SECONDS}|${ANSWER_SECONDS - 1}) seconds left$`));
  await expect(host.getByRole('timer')).toHaveAttribute('aria-label', new RegExp(`^(${ANSWER_SECONDS}|${ANSWER_SECONDS - 1}) seconds left$`));
  await expect(bo.page.getByRole('button', { name: options[0]!, exact: true })).toBeVisible();

  await answer(ada, rightAnswers(q1!));
  await answer(bo, [aWrongAnswer(q1!)]);
  await expect(host.getByRole('region', { name: 'Explanation' })).toBeVisible();
  await expect(ada.page.getByText(/Score \d+/)).toBeVisible();
  for (const phone of [ada, bo]) await phone.context.close();
});
