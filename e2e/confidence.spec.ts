import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { createRoom, endRoundNow, expectInViewport } from './support/host';
import { answerAs, joinFromPhone } from './support/players';
import { rightAnswers, seedQuestions } from './support/seed-bank';

// Confidence on every answer, played as a room would: a projector at 1920x1080
// and three phones at 360x640 in a certainty-based game. Ada is sure and wrong,
// Bo guesses right, Cy is unsure and right: the phones and the projector show
// the CBM table's marks (-600, +100, +200), the projector says "1 was sure and
// wrong", the report counts each player's confident errors and lucky guesses
// and lists Ada first, and each review groups the answer.

const PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const THEMES = ['dark', 'light'] as const;
const shots = process.env.E2E_SCREENSHOTS !== '0';

async function axeInBothThemes(page: Page, what: string) {
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page), `${what}, ${colorScheme}`).toEqual([]);
  }
}

test('certainty-based game: one sure and wrong, one guessing right, one unsure right', async ({ browser, page: host }) => {
  test.setTimeout(300_000);
  await host.setViewportSize({ width: 1920, height: 1080 });
  const questions = await seedQuestions();
  const q = questions[0]!;
  const right = rightAnswers(q);
  const wrong = q.options.filter((o) => !o.correct).slice(0, right.length).map((o) => o.text);

  // The setup explains the table beside the choice.
  await host.goto('/host');
  await expect(host.getByText('+300 / −600 when sure, +200 / −200 when unsure, +100 / 0 when guessing')).toBeVisible();
  await axeInBothThemes(host, 'setup');
  await host.emulateMedia({ colorScheme: 'dark' });
  const code = await createRoom(host, 2, 240, { scoring: 'certainty' }); // time for the checks on a busy machine: the last answer closes the round
  const gameId = /\/host\/([^/?#]+)/.exec(host.url())![1]!;

  const [ada, bo, cy] = [await joinFromPhone(browser, code, 'Ada', PHONE), await joinFromPhone(browser, code, 'Bo', PHONE), await joinFromPhone(browser, code, 'Cy', PHONE)];
  await host.getByRole('button', { name: 'Start game' }).click();

  // Each phone asks how sure above the answers, preset to Guessing, and everything fits 360x640.
  for (const phone of [ada, bo, cy]) {
    await expect(phone.page.getByRole('group', { name: 'How sure are you?' })).toBeVisible();
    await expect(phone.page.getByRole('radio', { name: 'Guessing' })).toBeChecked();
  }
  const cyRow = cy.page.getByRole('group', { name: 'How sure are you?' });
  const cyOptions = q.options.map((o) => cy.page.getByRole('button', { name: o.text, exact: true }));
  await expectInViewport(cy.page, [cyRow, ...cyOptions], 'the phone question with its confidence row');
  for (const colorScheme of THEMES) {
    await cy.page.emulateMedia({ colorScheme });
    expect(await seriousViolations(cy.page), `phone question, ${colorScheme}`).toEqual([]);
    if (shots) await cy.page.screenshot({ path: `docs/screenshots/confidence-phone-360x640-${colorScheme}.png` });
  }

  await answerAs(ada, 'Sure', wrong);
  await expect(ada.page.getByText('You said: Sure')).toBeVisible();
  await answerAs(bo, 'Guessing', right);
  await answerAs(cy, 'Unsure', right); // the last answer closes the round

  // The projector: one line for the confident error, and the table's marks on the leaderboard.
  await expect(host.getByText('1 was sure and wrong', { exact: true })).toBeVisible();
  const board = host.getByRole('region', { name: 'Leaderboard' });
  await expect(board.getByRole('listitem')).toHaveText([/^1\s*Cy.*\+200 pts\s*200 pts$/, /^2\s*Bo.*\+100 pts\s*100 pts$/, /^3\s*Ada.*−600 pts\s*−600 pts$/]);
  await expectInViewport(host, [host.getByText('1 was sure and wrong'), board, host.getByRole('button', { name: 'Next' })], 'the reveal');
  if (shots) await host.screenshot({ path: 'docs/screenshots/confidence-reveal-host-1920x1080-dark.png' });
  await axeInBothThemes(host, 'reveal');

  // Each phone: its own mark by the table.
  await expect(ada.page.getByText('−600 pts · You said Sure')).toBeVisible();
  await expect(ada.page.getByText(/Score −600 pts/)).toBeVisible();
  await expect(bo.page.getByText('+100 pts · You said Guessing')).toBeVisible();
  await expect(cy.page.getByText('+200 pts · You said Unsure')).toBeVisible();
  await axeInBothThemes(ada.page, 'phone reveal');

  // Question 2: Ada's row starts at her last choice; nobody answers, the host ends it.
  await host.getByRole('button', { name: 'Next' }).click();
  await expect(ada.page.getByRole('radio', { name: 'Sure', exact: true })).toBeChecked();
  await expect(bo.page.getByRole('radio', { name: 'Guessing' })).toBeChecked();
  await endRoundNow(host);
  await expect(host.getByRole('heading', { name: 'Leaderboard' })).toBeVisible();
  await expect(host.getByText(/sure and wrong/)).toHaveCount(0); // nobody was: no line

  // The host's report: each player's confident errors and lucky guesses in the standings,
  // and who was sure and wrong, first in the question's details.
  const report = await host.context().newPage();
  await report.goto(`/results/${gameId}`);
  const standings = report.getByRole('table', { name: /Standings/ });
  await expect(standings.getByRole('columnheader')).toHaveText(['Rank', 'Player', 'Score', 'Correct', 'Confident errors', 'Lucky guesses', 'Avg. time']);
  const counts = (name: string) => standings.getByRole('row', { name: new RegExp(name) }).getByRole('cell');
  await expect(counts('Cy')).toHaveText(['1', '200 pts', '1 of 2', '0', '0', /s$/]);
  await expect(counts('Bo')).toHaveText(['2', '100 pts', '1 of 2', '0', '1', /s$/]);
  await expect(counts('Ada')).toHaveText(['3', '−600 pts', '0 of 2', '1', '0', /s$/]);
  for (const theme of THEMES) {
    await report.evaluate((t) => localStorage.setItem('cramjam:host-theme', t), theme);
    await report.reload();
    await expect(standings).toBeVisible();
    expect(await seriousViolations(report), `report, ${theme}`).toEqual([]);
  }
  await report.getByRole('article', { name: 'Question 1', exact: true }).locator('summary').click();
  await expect(report.getByText('Sure and wrong (1): Ada')).toBeVisible();

  // Each review groups the answers by confidence.
  const groups = { Ada: 'Confident errors (1)', Bo: 'Lucky guesses (1)', Cy: 'Unsure-right (1)' };
  for (const phone of [ada, bo, cy]) {
    const review = await phone.context.newPage();
    await review.goto(`/review/${gameId}`);
    await expect(review.getByRole('heading', { level: 1, name: 'My answers' })).toBeVisible();
    const filters = review.getByRole('group', { name: 'Show' });
    await filters.getByRole('button', { name: groups[phone.name as keyof typeof groups] }).click();
    await expect(review.getByRole('article', { name: /^Question 1/ })).toBeVisible();
    await expect(review.getByRole('article')).toHaveCount(1);
    await expect(filters.getByRole('button', { name: 'Solid (0)' })).toBeVisible();
    if (phone === ada) {
      await expect(review.getByText('Wrong while sure: a misconception')).toBeVisible();
      await axeInBothThemes(review, 'review');
    }
  }
  for (const phone of [ada, bo, cy]) await phone.context.close();
});
