import { expect, test } from '@playwright/test';
import { TYPES_EXAMPLE } from '../app/banks/new/types-example';
import { splitAsk } from '../app/components/stem-ask';
import type { ParsedQuestion } from '../server/banks/types';
import { seriousViolations } from './support/axe';
import { answer, joinFromPhone, type Phone } from './support/players';
import { createStudySetRoom, match, order, press, studySet as wholeStudySet } from './support/study-set';

// One round of every question type from the shipped study set: a desktop host,
// Ada on a Pixel 7 (taps), Bo on a 360x640 phone (taps, undoes, reloads
// mid-round) and Cy by keyboard only. Then the report and its CSV.

const SECTION = 'Deployment and operations';
const studySet = () => wholeStudySet(SECTION);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const right = (q: ParsedQuestion) => q.options.filter((o) => o.correct).map((o) => o.text);
const wrong = (q: ParsedQuestion) => q.options.find((o) => !o.correct)!.text;

async function outcomes(phones: Phone[], expected: string[]) {
  for (const [i, phone] of phones.entries()) await expect(phone.page.getByText(expected[i]!, { exact: true })).toBeVisible();
}

test('a host and three phones play a round of every question type, by tap and by keyboard, then read the report', async ({ browser, page: host }) => {
  test.setTimeout(180_000);
  const q = await studySet();
  expect(q.map((x) => x.type)).toEqual(['matching', 'ordering', 'typed', 'typed', 'choice', 'truefalse', 'choice', 'typed', 'truefalse']);

  const code = await createStudySetRoom(host, { sections: [SECTION], seconds: 90, accuracyOnly: true });

  const ada = await joinFromPhone(browser, code, 'Ada', 'Pixel 7');
  const bo = await joinFromPhone(browser, code, 'Bo', { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const cy = await joinFromPhone(browser, code, 'Cy', 'Pixel 7');
  const phones = [ada, bo, cy];
  await host.getByRole('button', { name: 'Start game' }).click();
  const nextButton = host.getByRole('button', { name: 'Next' });
  /** From a reveal to the next round: Next on the reveal itself, not on the question it replaces. */
  const next = async () => {
    await expect(host.getByRole('region', { name: 'Explanation' })).toBeVisible();
    await nextButton.click();
  };

  // Round 1, matching: every pair stays in view; Cy matches everything to one answer.
  const pairs = q[0]!.options.map((o): [string, string] => [o.text, o.match!]);
  await expect(host.getByRole('region', { name: 'Prompts' })).toBeVisible();
  expect(await seriousViolations(bo.page)).toEqual([]);
  await match(ada, pairs);
  await match(bo, pairs);
  await expect(bo.page.getByRole('button', { name: pairs[0]![0], exact: true })).toHaveAccessibleDescription(`matched to ${pairs[0]![1]}`);
  await bo.page.getByRole('button', { name: 'Submit matches' }).click();
  await ada.page.getByRole('button', { name: 'Submit matches' }).click();
  await match(cy, pairs.map(([prompt]) => [prompt, pairs[0]![1]]), true);
  await press(cy.page, 'Submit matches');
  await expect(host.getByRole('region', { name: 'Right pairs' })).toContainText(pairs[1]![1]);
  await outcomes(phones, ['Correct', 'Correct', 'Incorrect']);
  await expect(ada.page.getByRole('status').filter({ hasText: 'got it right' })).toHaveText('2 of 3 got it right');
  await next();

  // Round 2, ordering: Bo places a wrong item, undoes it, reloads halfway and finds the order kept.
  const steps = q[1]!.options.map((o) => o.text);
  await expect(bo.page.getByRole('group', { name: 'Items to place' })).toBeVisible();
  expect(await seriousViolations(bo.page)).toEqual([]);
  await bo.page.getByRole('button', { name: `${steps[2]}, place as step 1`, exact: true }).click();
  await bo.page.getByRole('button', { name: 'Undo' }).click();
  await order(bo, steps.slice(0, 2));
  await bo.page.reload();
  await expect(bo.page.getByRole('list', { name: 'Your order' }).getByRole('listitem')).toHaveText([new RegExp(escape(steps[0]!)), new RegExp(escape(steps[1]!))]);
  await order(ada, steps);
  await ada.page.getByRole('button', { name: 'Submit order' }).click();
  await bo.page.getByRole('button', { name: `${steps[2]}, place as step 3`, exact: true }).click();
  await bo.page.getByRole('button', { name: `${steps[3]}, place as step 4`, exact: true }).click();
  await bo.page.getByRole('button', { name: 'Submit order' }).click();
  await order(cy, [...steps].reverse(), true);
  await press(cy.page, 'Submit order');
  await expect(host.getByRole('region', { name: 'Right order' }).getByRole('listitem')).toHaveCount(steps.length);
  await outcomes(phones, ['Correct', 'Correct', 'Incorrect']);
  expect(await seriousViolations(host)).toEqual([]);
  await next();

  // Round 3, type the answer: any spelling of an accepted answer; what players type is shown as text, never run.
  const hostile = '<img src=x onerror="document.title=1">';
  await ada.page.getByLabel('Your answer').fill('  sagemaker   NEO ');
  await ada.page.getByRole('button', { name: 'Submit answer' }).click();
  await bo.page.getByLabel('Your answer').fill(hostile);
  await bo.page.reload(); // what Bo typed is kept, as a half-built order is
  await expect(bo.page.getByLabel('Your answer')).toHaveValue(hostile);
  await bo.page.getByRole('button', { name: 'Submit answer' }).click();
  await cy.page.getByLabel('Your answer').focus();
  await cy.page.keyboard.type('Neo');
  await cy.page.keyboard.press('Enter');
  await expect(host.getByRole('region', { name: 'Accepted answers' })).toContainText('SageMaker Neo');
  await expect(host.getByRole('region', { name: 'Common wrong answers' })).toContainText(hostile);
  await outcomes(phones, ['Correct', 'Incorrect', 'Correct']);
  expect(await host.title()).not.toBe('1');
  await next();

  // Round 4 (a second typed question) is skipped by the host.
  await expect(host.getByText(/0 of 3 answered/)).toBeVisible();
  await nextButton.click();
  await host.getByRole('button', { name: 'End round' }).click();
  await expect(host.getByRole('region', { name: 'Accepted answers' })).toBeVisible();
  await next();

  // Round 5, multiple choice, as before.
  for (const phone of phones) await answer(phone, right(q[4]!));
  await outcomes(phones, ['Correct', 'Correct', 'Correct']);
  await next();

  // Round 6, true or false.
  await answer(ada, ['True']);
  await answer(bo, ['False']);
  await press(cy.page, 'True');
  await outcomes(phones, ['Correct', 'Incorrect', 'Correct']);
  await next();

  // Round 7, the case study's first question: its scenario on the projector and on every phone.
  const caseStudy = { name: 'Case study: Product review analysis' };
  await expect(host.getByRole('region', caseStudy)).toContainText('50,000 customer reviews');
  for (const phone of phones) await expect(phone.page.getByRole('region', caseStudy)).toContainText('50,000 customer reviews');
  await answer(ada, right(q[6]!));
  await answer(bo, [wrong(q[6]!)]);
  await press(cy.page, right(q[6]!)[0]!);
  await outcomes(phones, ['Correct', 'Incorrect', 'Correct']);
  await expect(host.getByRole('region', caseStudy)).toBeVisible();
  await next();

  // Rounds 8 and 9: the rest of the case study, then the podium.
  for (const [phone, text] of [[ada, 'translate'], [bo, 'Amazon Translate']] as const) {
    await phone.page.getByLabel('Your answer').fill(text);
    await phone.page.getByRole('button', { name: 'Submit answer' }).click();
  }
  await cy.page.getByLabel('Your answer').focus();
  await cy.page.keyboard.type('Amazon Comprehend');
  await cy.page.keyboard.press('Enter');
  await outcomes(phones, ['Correct', 'Correct', 'Incorrect']);
  await next();
  for (const phone of [ada, bo]) await answer(phone, ['True']);
  await press(cy.page, 'True');
  await outcomes(phones, ['Correct', 'Correct', 'Correct']);
  await expect(host.getByRole('region', { name: 'Explanation' })).toBeVisible();
  await host.getByRole('button', { name: 'Show podium' }).click();

  await host.getByRole('link', { name: 'View results' }).click();
  await expect(host.getByRole('heading', { name: 'Questions', exact: true })).toBeVisible();
  const grouped = host.getByRole('region', caseStudy);
  await expect(grouped.getByRole('article')).toHaveCount(3);
  // The right order on its question card, opened, as a numbered list.
  const orderResult = host.getByRole('article').filter({ hasText: splitAsk(q[1]!.stem).ask });
  await orderResult.getByText(/^Question \d+$/).click();
  await expect(orderResult.getByRole('region', { name: 'Right order' }).getByRole('listitem')).toContainText(steps.map((step, i) => `${i + 1}.${step}`)); // and each item's count
  const gameId = new URL(host.url()).pathname.split('/').at(-1)!;
  const csv = await (await host.request.get(`/results/${gameId}/answers.csv`)).text();
  expect(csv).toContain(steps.join(' > '));
  expect(csv).toContain(`${pairs[0]![0]} -> ${pairs[0]![1]}`);
  expect(csv).toContain('sagemaker NEO');

  // Cy, by keyboard, reads "My answers" and practises the matching and the ordering he got wrong.
  await press(cy.page, 'My answers', 'link');
  const orderCard = cy.page.getByRole('article').filter({ hasText: splitAsk(q[1]!.stem).ask });
  await expect(orderCard.getByRole('region', { name: 'Right order' }).getByRole('listitem')).toHaveText(steps.map((step, i) => `${i + 1}.${step}`));
  await expect(orderCard.getByRole('list', { name: 'Your answer' }).getByRole('listitem')).toHaveText([...steps].reverse().map((step, i) => `${i + 1}${step}`));
  await press(cy.page, 'Practice my misses', 'link');
  await match(cy, pairs, true);
  await press(cy.page, 'Check matches');
  await expect(cy.page.getByText('Right!', { exact: true })).toBeVisible();
  await press(cy.page, 'Next');
  await order(cy, steps, true);
  await press(cy.page, 'Check order');
  await expect(cy.page.getByText('Right!', { exact: true })).toBeVisible();
  for (const phone of phones) await phone.context.close();
});

test('the upload preview shows every question type, and refuses a broken one by line', async ({ page }) => {
  await page.goto('/banks/new');
  const fileInput = page.getByLabel('Question bank file');
  const file = (name: string, text: string) => ({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });

  await fileInput.setInputFiles(file('types.md', TYPES_EXAMPLE));
  await expect(page.getByRole('heading', { level: 2, name: 'Question types' })).toBeVisible();
  const question = (n: number) => page.getByRole('list', { name: 'Questions' }).getByRole('article').nth(n - 1);
  await expect(question(1)).toContainText('Ordering');
  await expect(question(1).getByRole('list', { name: 'Right order' }).getByRole('listitem')).toHaveText(['Collect the data', 'Label it', 'Train a model', 'Deploy the model']);
  await expect(question(2).getByRole('list', { name: 'Right pairs' })).toContainText(/Clarify\s*→\s*matches\s*Detects bias/);
  await expect(question(3).getByRole('region', { name: 'Accepted answers' })).toContainText('Ground Truth');
  await expect(question(4)).toContainText('True or false');
  await expect(question(5).getByRole('region', { name: 'Case study: Churn' })).toContainText('two years of customer records');
  expect(await seriousViolations(page)).toEqual([]);

  await fileInput.setInputFiles(file('broken.md', '1. Order these.\n\n    1. One\n    2. Two\n\n    *So.*\n'));
  await expect(page.getByRole('region', { name: 'Errors (1)' }).getByRole('listitem')).toHaveText(/^line 3: an ordering question has 3 to 6 items/);
  await expect(page.getByRole('button', { name: 'Save bank' })).toHaveCount(0);
});
