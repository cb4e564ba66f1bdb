// The pages after a game, on a whole 22-question game of the study set (every question type):
// "My answers" opening on the misses with its filters and jumps, the report summarised first
// with its questions on demand, their heights, and axe on the report, the review and practice
// in both themes at a phone's and a projector's size. Then the phone's question screen: the
// folded stem keeps its ask, the whole question opens over the answers under the running clock,
// and the nickname field's limit.
import { devices, expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { splitAsk } from '../app/components/stem-ask';
import { seriousViolations } from './support/axe';
import { ask, bankIdOf, connect, playGame, type Move, type Played } from './support/socket-game';

const QUESTIONS = 22;
const { defaultBrowserType: _ignored, ...PHONE } = devices['Moto G4']!;
const DESK = { viewport: { width: 1920, height: 1080 } };

/** Cyd misses about a third: wrong on every third question, no answer on every seventh, and one right answer at the buzzer. */
const cydMoves = Array.from({ length: QUESTIONS }, (_, i): Move => (i % 7 === 6 ? 'none' : i % 3 === 1 ? 'wrong' : i === 3 ? 'late' : 'right'));
const CYD_MISSES = cydMoves.filter((m) => m === 'wrong' || m === 'none').length;
const SCRIPT: Record<string, Move[]> = {
  Ada: Array.from({ length: QUESTIONS }, () => 'right'),
  Ben: Array.from({ length: QUESTIONS }, (_, i) => (i % 3 ? 'wrong' : 'right')),
  Cyd: cydMoves,
};

test.describe.configure({ mode: 'serial' });

let game: Played;

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const plan = { bankFile: 'content/aws-ml-engineer-study-set.md', bankTitle: 'Study set', count: QUESTIONS, script: SCRIPT, seconds: 10 };
  game = await playGame(baseURL!, await bankIdOf(browser, plan.bankTitle), plan);
});

/** A browser that played as Cyd; the report's theme is the host's stage theme, the review's the system's. */
async function asCyd(browser: Browser, options: BrowserContextOptions, hostTheme?: 'dark' | 'light') {
  const context = await browser.newContext(options);
  await context.addInitScript(
    ([played, theme]) => {
      localStorage.setItem('cramjam:played', played);
      if (theme) localStorage.setItem('cramjam:host-theme', theme);
    },
    [JSON.stringify([game.players.Cyd]), hostTheme ?? ''] as const,
  );
  return context;
}

/** The first question whose stem has a scenario before its ask, as the review folds it. */
function longStem() {
  const index = game.questions.findIndex((q) => splitAsk(q.stem).scenario !== '');
  return { number: index + 1, ...splitAsk(game.questions[index]!.stem) };
}

const height = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
const articles = (page: Page) => page.getByRole('article');
/** A question's card, named "Question 4" (the report) or "Question 4 · its section" (the review). */
const card = (page: Page, n: number | string) => page.getByRole('article', { name: new RegExp(`^Question ${n}( ·|$)`) });

async function openReview(page: Page) {
  await page.goto(`/review/${game.gameId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'My answers' })).toBeVisible();
  await expect(articles(page).first()).toBeVisible();
}

test('"My answers" opens on the misses, filters to guesses or all, and jumps to any question', async ({ browser }) => {
  const context = await asCyd(browser, PHONE);
  const page = await context.newPage();
  await openReview(page);
  const filter = (name: string) => page.getByRole('group', { name: 'Show' }).getByRole('button', { name: new RegExp(`^${name}`) });

  await expect(filter('Misses')).toHaveAttribute('aria-pressed', 'true');
  await expect(filter('Misses')).toHaveText(`Misses (${CYD_MISSES})`);
  await expect(articles(page)).toHaveCount(CYD_MISSES);
  await expect(articles(page).filter({ hasText: '✓ Correct' })).toHaveCount(0);

  // Question 4 was answered right with under a fifth of the time left.
  await filter('Guesses').click();
  await expect(articles(page)).toHaveCount(1);
  await expect(articles(page).first()).toHaveAccessibleName(/^Question 4 ·/);
  await expect(articles(page).first()).toContainText('at the buzzer');

  await filter('All').click();
  await expect(articles(page)).toHaveCount(QUESTIONS);

  // A jump to a right answer from the misses shows everything and lands on it.
  await filter('Misses').click();
  const jumps = page.getByRole('navigation', { name: 'Jump to a question' });
  await expect(jumps.getByRole('link')).toHaveCount(QUESTIONS);
  await jumps.getByRole('link', { name: 'Question 19, right' }).click();
  await expect(filter('All')).toHaveAttribute('aria-pressed', 'true');
  const q19 = card(page, 19);
  await expect(q19).toBeFocused();
  await expect(q19).toBeInViewport();

  // Folded to the ask; the whole question on demand.
  const long = longStem();
  const folded = card(page, long.number);
  const lead = long.scenario.replace(/[*_`]/g, '').slice(0, 40);
  await expect(folded).toContainText(long.ask.replace(/[*_`]/g, ''));
  await expect(folded).not.toContainText(lead);
  await folded.getByRole('button', { name: 'Show whole question' }).click();
  await expect(folded.getByRole('button', { name: 'Fold the question' })).toHaveAttribute('aria-expanded', 'true');
  await expect(folded).toContainText(lead);
  await context.close();
});

test('"My answers" shows each type in its own form: an order numbered, pairs, accepted answers as chips; no raw answer strings', async ({ browser }) => {
  const context = await asCyd(browser, PHONE);
  const page = await context.newPage();
  await openReview(page);
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: /^All/ }).click();
  // Cyd got 1 and 4 right: their answers are folded under the ask.
  for (const right of [1, 4]) await card(page, right).getByText('Your answer and why').click();
  const ordering = card(page, 1);
  const rightOrder = ordering.getByRole('region', { name: 'Right order' }).getByRole('listitem');
  await expect(rightOrder).toHaveCount(game.questions[0]!.options.length);
  await expect(rightOrder.first()).toContainText(`1.${game.questions[0]!.options[0]!.text}`);
  const typed = card(page, 2);
  await expect(typed.getByRole('region', { name: 'Accepted answers' }).getByRole('listitem')).toHaveCount(game.questions[1]!.options.length);
  const matching = card(page, 4);
  await expect(matching.getByRole('region', { name: 'Right pairs' }).getByRole('listitem')).toHaveCount(game.questions[3]!.options.length);
  const text = await page.locator('main').innerText();
  expect(text).not.toContain(' | ');
  expect(text).not.toContain(' -> ');
  expect(text).not.toContain(' > ');
  await context.close();
});

test('the report is summarised first; each question opens on demand, and a hardest question opens from its link', async ({ browser }) => {
  const context = await browser.newContext(DESK);
  const page = await context.newPage();
  await page.goto(`/results/${game.gameId}`);
  const glance = page.getByRole('region', { name: 'At a glance' });
  await expect(glance.getByRole('region', { name: 'Score distribution' }).getByRole('listitem')).toHaveCount(5);
  await expect(glance.getByRole('region', { name: 'Who needs help' })).toContainText('Ben');
  const hardest = glance.getByRole('region', { name: 'Hardest questions' }).getByRole('link');
  await expect(hardest).toHaveCount(3);

  const first = card(page, 1);
  await expect(first.getByRole('region', { name: 'Right order' })).toBeHidden();
  await first.getByText('Question 1', { exact: true }).click();
  await expect(first.getByRole('region', { name: 'Right order' })).toBeVisible();

  const target = (await hardest.first().getAttribute('href'))!;
  const number = target.replace('#question-', '');
  await hardest.first().click();
  await expect(page.locator(target)).toBeVisible();
  await expect(page.locator(target)).toBeInViewport();
  await expect(card(page, number).getByRole('region', { name: `Explanation, question ${number}` })).toBeVisible();

  // The standings' scroll box is reached by keyboard.
  const standings = page.getByRole('region', { name: /^Standings/ });
  await standings.focus();
  await expect(standings).toBeFocused();
  await context.close();
});

test('heights: "My answers" on a 360x640 phone and the report at 1920x1080', async ({ browser }) => {
  const phone = await asCyd(browser, PHONE);
  const review = await phone.newPage();
  await openReview(review);
  await review.waitForLoadState('networkidle');
  const opened = await height(review);
  await review.getByRole('group', { name: 'Show' }).getByRole('button', { name: /^All/ }).click();
  await expect(articles(review)).toHaveCount(QUESTIONS);
  const all = await height(review);
  await phone.close();

  const desk = await browser.newContext(DESK);
  const results = await desk.newPage();
  await results.goto(`/results/${game.gameId}`);
  await results.waitForLoadState('networkidle');
  const report = await height(results);
  await desk.close();
  const figures = `review 360x640: ${opened} px as opened (misses), ${all} px with all; results 1920x1080: ${report} px`;
  test.info().annotations.push({ type: 'heights', description: figures });
  console.log(figures);
  // Before: 21,812 px and 15,483 px.
  expect(opened).toBeLessThan(21_812 / 2);
  expect(all).toBeLessThan(21_812 * 0.65);
  expect(report).toBeLessThan(15_483 / 3);
});

for (const size of [{ name: '360x640', options: PHONE }, { name: '1920x1080', options: DESK }]) {
  for (const theme of ['dark', 'light'] as const) {
    test(`axe: the report, the review and practice at ${size.name} in the ${theme} theme`, async ({ browser }) => {
      const context = await asCyd(browser, { ...size.options, colorScheme: theme }, theme);
      const page = await context.newPage();
      await page.goto(`/results/${game.gameId}`);
      await expect(page.locator('[data-theme]').first()).toHaveAttribute('data-theme', theme);
      await card(page, 4).getByText('Question 4', { exact: true }).click();
      await page.getByText(/^#\d Cyd:/).click();
      expect(await seriousViolations(page), 'results').toEqual([]);

      await openReview(page);
      await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: /^All/ }).click();
      await card(page, longStem().number).getByRole('button', { name: 'Show whole question' }).click();
      expect(await seriousViolations(page), 'review').toEqual([]);
      const background = await page.evaluate(() => getComputedStyle(document.querySelector('[data-theme]')!).backgroundColor);
      expect(background, 'the page follows the system theme').toBe(theme === 'dark' ? 'rgb(18, 19, 42)' : 'rgb(243, 244, 250)');

      await page.getByRole('link', { name: 'Practice my misses' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Practice my misses' })).toBeVisible();
      expect(await seriousViolations(page), 'practice').toEqual([]);
      await context.close();
    });
  }
}

test('the phone keeps the ask of a long stem, opens the whole question over the answers under the running clock, and caps the nickname', async ({ browser, baseURL }) => {
  const host = await connect(baseURL!);
  const { gameId, hostToken, code } = await ask(host, 'host:create', {
    bankId: await bankIdOf(browser, 'Sample Questions'), sections: [], count: 2, secondsPerQuestion: 60, shuffleQuestions: false, shuffleOptions: true,
    showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: 'e2e-after-game-phone-host', scoring: 'speed', hideTypedAnswers: false,
  });
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`/join/${code}`);
  const nickname = page.getByLabel('Nickname');
  await nickname.pressSequentially('A nickname far too long to fit');
  await expect(nickname).toHaveValue('A nickname far too l');
  await expect(page.getByText('20 characters: the most a nickname can have')).toBeVisible();
  await nickname.fill('Ada');
  await expect(page.getByText('Up to 20 characters · 17 left')).toBeVisible();
  await page.getByRole('button', { name: 'Join game' }).click();
  await expect(page.getByText("You're in!")).toBeVisible();

  await ask(host, 'host:start', { gameId, hostToken });
  await ask(host, 'host:next', { gameId, hostToken, from: { phase: 'question', index: 0 } });
  await ask(host, 'host:next', { gameId, hostToken, from: { phase: 'reveal', index: 0 } });
  // Question 2 of the sample bank: a long scenario, then "What is the MOST cost-effective solution?"
  const question = page.getByRole('region', { name: 'Question' });
  const theAsk = question.getByText('What is the MOST cost-effective solution?');
  await expect(theAsk).toBeInViewport({ ratio: 1 });
  const open = page.getByRole('button', { name: 'Show whole question' });
  await expect(open).toBeVisible();

  const clock = page.getByRole('timer');
  const before = await clock.getAttribute('aria-label');
  // By keyboard: the sheet takes the focus (Preact's autoFocus would not).
  await open.focus();
  await page.keyboard.press('Enter');
  const sheet = page.getByRole('dialog', { name: 'Whole question' });
  await expect(sheet.getByRole('button', { name: 'Back to the answers' })).toBeFocused();
  await expect(sheet).toContainText('A cold start can be tolerated.');
  await expect(clock).toBeInViewport({ ratio: 1 });
  // Nothing of the sheet covers the clock, and the clock keeps counting.
  const [clockBox, sheetBox] = [await clock.boundingBox(), await sheet.boundingBox()];
  expect(sheetBox!.y).toBeGreaterThanOrEqual(clockBox!.y + clockBox!.height);
  await expect(clock).not.toHaveAttribute('aria-label', before!, { timeout: 3000 });
  await sheet.getByRole('button', { name: 'Back to the answers' }).click();
  await expect(sheet).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show whole question' })).toBeVisible();
  await context.close();
  host.disconnect();
});
