import AxeBuilder from '@axe-core/playwright';
import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// A host uploads their own bank: a broken file shows its problems by line, a
// good one is previewed in full (markdown rendered, raw HTML inert), saved,
// and offered in the game setup form.

// The e2e database outlives a run: a title of our own makes every run's save a new bank.
const title = `Upload check ${Date.now().toString(36)}`;

const GOOD_BANK = `---
title: ${title}
description: Formats and protocols
---

## Formats

1. Which format stores data in *columns*, as \`parquet-tools schema\` shows? <img src="x" onerror="window.__injected = 'img'"> <script>window.__injected = 'script'</script>

    *Parquet is **columnar**, so a query reads only the columns it needs.*

    ~~CSV is tempting, but it is row-based.~~

Learn more about [Parquet](https://parquet.apache.org/docs/).

2. Which format is row-based?

    *CSV is row-based: one record per line.*

## Protocols

3. Which HTTP methods can carry a request body? (Select TWO.)

   - [x] POST
   - [x] PUT
   - [ ] HEAD
   - [ ] TRACE

    *POST and PUT send the new state in the body.*
`;

// Two errors (no answer; a single option, which is no choice) and a warning
// (no short answer, so the option is the whole sentence), each on its line.
const BROKEN_BANK = `---
title: Broken
---

1. Fine?

    *Yes.*

2. No answer here?

3. Only one option?

   - [x] Yes

4. Why resample?

    *Because the classes are skewed, resampling gives the model enough examples of the rare class.*
`;

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

const markdownFile = (name: string, text: string) => ({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });

test('a host previews an uploaded bank, sees problems by line, saves it and finds it in the setup form', async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`the page opened a ${dialog.type()} dialog: raw HTML ran`);
  });
  await page.goto('/host');
  await page.getByRole('link', { name: 'Upload a question bank' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Upload a question bank' })).toBeVisible();
  const fileInput = page.getByLabel('Question bank file');

  // A partly broken file: the good questions previewed, the skipped ones by cause with their lines, and a save of the rest only.
  await fileInput.setInputFiles(markdownFile('broken.md', BROKEN_BANK));
  await expect(page.getByRole('region', { name: '2 questions will be skipped' }).getByRole('listitem')).toHaveText([
    /^line 9: question has no answer: "No answer here\?"/,
    /^line 11: only 1 option: a round needs 2 to 6 options/,
  ]);
  await expect(page.getByRole('region', { name: 'Warnings (1)' }).getByRole('listitem')).toHaveText(/^line 15: no short answer found/);
  await expect(page.getByRole('list', { name: 'Questions' }).getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Save 2 questions, skip 2' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save bank' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  // A file with nothing to read says what it holds instead.
  await fileInput.setInputFiles(markdownFile('notes.md', '# Notes\n\n### Week 1\n\nRead chapter one.\n'));
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('1 problem to fix before this bank can be saved.');
  await expect(page.getByRole('region', { name: 'Errors (1)' }).getByRole('listitem')).toHaveText(/^line 1: no questions found: this file has 1 "#" headings, 1 "###" headings/);

  // A good file: every question with its options and explanation, before anything is saved.
  await fileInput.setInputFiles(markdownFile('formats.md', GOOD_BANK));
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  // The preview opens below the fold: it is brought into view with the focus on its title.
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeInViewport();
  await expect(page.getByRole('region', { name: /^Errors/ })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Sections' }).getByRole('listitem')).toHaveText(['Formats: 2', 'Protocols: 1']);
  const questions = page.getByRole('list', { name: 'Questions' }).getByRole('article');
  await expect(questions).toHaveCount(3);

  const first = page.getByRole('article', { name: 'Question 1 · Formats · line 8' });
  await expect(first.locator('em', { hasText: 'columns' })).toBeVisible();
  await expect(first.locator('code', { hasText: 'parquet-tools schema' })).toBeVisible();
  await expect(first.getByRole('list', { name: 'Options' }).getByRole('listitem')).toHaveCount(4);
  await expect(first.getByRole('list', { name: 'Options' }).getByRole('listitem').filter({ hasText: 'Parquet' })).toContainText('✓ Correct');
  const firstWhy = first.getByRole('region', { name: 'Explanation' });
  await expect(firstWhy.locator('strong', { hasText: 'columnar' })).toBeVisible();
  await expect(firstWhy).toContainText('CSV is tempting, but it is row-based.');
  await expect(firstWhy.getByRole('link', { name: 'Parquet' })).toHaveAttribute('href', 'https://parquet.apache.org/docs/');

  await expect(page.getByRole('article', { name: 'Question 2 · Formats · line 16' }).getByRole('region', { name: 'Explanation' })).toContainText(
    'CSV is row-based: one record per line.',
  );
  const third = page.getByRole('article', { name: 'Question 3 · Protocols · line 22' });
  await expect(third.getByText('Select 2', { exact: true })).toBeVisible();
  const thirdOptions = third.getByRole('list', { name: 'Options' }).getByRole('listitem');
  await expect(thirdOptions).toHaveText([/^POST.*✓ Correct.*written in the file$/, /^PUT.*✓ Correct.*written in the file$/, /^HEAD.*Incorrect.*written in the file$/, /^TRACE.*Incorrect.*written in the file$/]);
  await expect(third.getByRole('region', { name: 'Explanation' })).toContainText('POST and PUT send the new state in the body.');

  // The raw HTML in the first stem stayed text: no element made from it, nothing ran.
  await expect(page.locator('img[onerror]')).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
  expect(await seriousViolations(page)).toEqual([]);

  // Save, then host a game with it.
  await page.getByRole('button', { name: 'Save bank' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Saved' })).toHaveText(new RegExp(`Saved “${title}” as version 1\\.`));
  // It downloads as Cramjam markdown, to edit as a file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the bank' }).click()]);
  const exported = await new Response(Readable.toWeb(await download.createReadStream()) as ReadableStream).text();
  expect(exported).toContain(`title: "${title}"`);
  expect(exported).toContain('   - [x] POST');
  await page.getByRole('link', { name: 'Host a game with it' }).click();
  await expect(page).toHaveURL(/\/host$/);
  await expect(page.getByLabel('Question bank', { exact: true }).getByRole('option', { name: `${title} (formats.md, 3 questions)` })).toHaveCount(1);
});

test('the preview counts the truth: questions, each skipped one with its problems under it, duplicates, and what was ignored', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/banks/new');
  const fileInput = page.getByLabel('Question bank file');

  // One GIFT question with two problems is one skipped question, its two problems under it.
  await fileInput.setInputFiles({ name: 'two-problems.gift', mimeType: 'text/plain', buffer: Buffer.from('::Ok:: Which is right? {=yes ~no}\n\n::Bad:: Which one? {~a ~a ~b}\n') });
  const skipped = page.getByRole('region', { name: '1 question will be skipped' });
  await expect(skipped.getByRole('listitem').first()).toContainText('line 3');
  await expect(skipped.getByRole('list', { name: 'Problems of line 3' }).getByRole('listitem')).toHaveText([/no option is marked correct/, /option "a" is listed twice/]);
  await expect(page.getByText('1 question, 1 skipped, 0 ignored as not questions')).toBeVisible();

  // A CSV with a duplicate, bad rows and empty template rows: every one counted, with its line.
  await fileInput.setInputFiles({ name: 'csv-problems.csv', mimeType: 'text/csv', buffer: readFileSync('tests/fixtures/banks/csv-problems.csv') });
  const heading = page.getByRole('heading', { level: 2, name: 'csv-problems' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.getByText('2 questions, 4 skipped (1 duplicate), 3 ignored as not questions')).toBeVisible();
  await expect(page.getByRole('region', { name: '4 questions will be skipped' }).getByRole('list').first().locator(':scope > li')).toHaveText([
    /^line 4the same question is at lines 2 and 4: "Which planet is largest\?"option "Jupiter" is listed twice$/,
    /^line 5: "E" in the "Correct" column names an empty or missing option$/,
    /^line 6: no question text in the "Question" column$/,
    /^line 7: option "Venus" is listed twice$/,
  ]);
  await expect(page.getByRole('region', { name: 'Ignored as not questions (3)' }).getByRole('listitem')).toHaveText(['line 8: 3 empty rows, lines 8 to 10']);
  await expect(page.getByRole('button', { name: 'Save 2 questions, skip 4' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a file that reads two ways: the preview says once what it assumed, reads the file the other way on request, and saves the reading shown', async ({ page }) => {
  const runOnTitle = `Run-on letters ${Date.now().toString(36)}`;
  const text = readFileSync('tests/fixtures/banks/md-run-on-options.md', 'utf8').replace('# Messaging services', `# ${runOnTitle}`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/banks/new');
  await page.getByLabel('Question bank file').setInputFiles(markdownFile('run-on.md', text));

  // Read as options, the assumption said once for the three questions.
  const assumed = page.getByRole('region', { name: 'Read one way of two' });
  await expect(assumed.getByRole('paragraph')).toHaveText(
    '3 questions (lines 8, 17, 24): read "Answer: B" as option B of the lettered lines under the question, not as an answer to type.',
  );
  await expect(page.getByRole('region', { name: /^Warnings/ })).not.toContainText('read "Answer');
  const questions = page.getByRole('list', { name: 'Questions' }).locator(':scope > li');
  await expect(questions.first().getByRole('list', { name: 'Options' }).getByRole('listitem')).toHaveText([/^Amazon SNS/, /^Amazon SES✓ Correct/, /^Amazon SQS/]);

  // The other way: the lettered lines in the question, "B" to type; the focus stays on the button, now offering the way back.
  await assumed.getByRole('button', { name: 'Read the lettered lines as part of the question, the answer typed' }).click();
  await expect(assumed.getByRole('paragraph')).toHaveText(
    '3 questions (lines 8, 17, 24): read "Answer: B" as the answer to type, with the lettered lines as part of the question, not as its options.',
  );
  await expect(assumed.getByRole('button', { name: 'Read the lettered lines as options' })).toBeFocused();
  const first = questions.first();
  await expect(first.getByText('Type the answer', { exact: true })).toBeVisible();
  await expect(first.getByText('B) Amazon SES', { exact: true })).toBeVisible();
  await expect(first.getByRole('region', { name: 'Accepted answers' })).toContainText('B');
  await expect(page.getByRole('list', { name: 'Options' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  // Saved as shown: the bank downloads with the letters in the stems and the answers to type.
  await page.getByRole('button', { name: 'Save bank' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Saved' })).toHaveText(new RegExp(`Saved “${runOnTitle}” as version 1\\.`));
  await expect(assumed.getByRole('button')).toBeDisabled();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the bank' }).click()]);
  const exported = await new Response(Readable.toWeb(await download.createReadStream()) as ReadableStream).text();
  expect(exported).toContain('   B\\) Amazon SES\n\n   C\\) Amazon SQS\n\n   Answer: B\n');
});
