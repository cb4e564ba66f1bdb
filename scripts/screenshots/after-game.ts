import { devices, expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { ask, bankIdOf, connect, playGame, type Move } from '../../e2e/support/socket-game';

// Not a test: the pages after a 22-question study-set game (the report, "My answers",
// practice) and the phone's folded question with the whole question open, in both
// themes, photographed for docs/playing.md.

const DIR = 'docs/screenshots';
const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: `${DIR}/${name}.png`, animations: 'disabled', fullPage });
const { defaultBrowserType: _ignored, ...PHONE } = devices['Moto G4']!;
const QUESTIONS = 22;
const THEMES = ['dark', 'light'] as const;
const SCRIPT: Record<string, Move[]> = {
  Ada: Array.from({ length: QUESTIONS }, () => 'right'),
  Ben: Array.from({ length: QUESTIONS }, (_, i) => (i % 3 ? 'wrong' : 'right')),
  'Bartholomew Q. Zhang': Array.from({ length: QUESTIONS }, (_, i) => (i % 7 === 6 ? 'none' : i % 3 === 1 ? 'wrong' : 'right')),
};

async function context(browser: Browser, options: BrowserContextOptions, theme: (typeof THEMES)[number], played: unknown) {
  const made = await browser.newContext({ ...options, colorScheme: theme, reducedMotion: 'reduce' });
  await made.addInitScript(
    ([json, chosen]) => {
      localStorage.setItem('cramjam:played', json);
      localStorage.setItem('cramjam:host-theme', chosen);
    },
    [JSON.stringify([played]), theme] as const,
  );
  return made.newPage();
}

test('after-game screenshots', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const plan = { bankFile: 'content/aws-ml-engineer-study-set.md', bankTitle: 'Study set', count: QUESTIONS, script: SCRIPT, seconds: 10 };
  const game = await playGame(baseURL!, await bankIdOf(browser, plan.bankTitle), plan);
  const player = game.players['Bartholomew Q. Zhang'];

  for (const theme of THEMES) {
    for (const [size, viewport] of [['1920', { width: 1920, height: 1080 }], ['1280', { width: 1280, height: 720 }]] as const) {
      const page = await context(browser, { viewport }, theme, player);
      await page.goto(`/results/${game.gameId}`);
      await shot(page, `results-${size}-${theme}`);
      if (size === '1920') {
        await page.getByRole('article', { name: 'Question 4' }).getByText('Question 4', { exact: true }).click();
        await page.getByRole('article', { name: 'Question 4' }).scrollIntoViewIfNeeded();
        await shot(page, `results-question-open-${theme}`);
      }
      await page.context().close();
    }
    for (const [size, options] of [['phone', PHONE], ['1920', { viewport: { width: 1920, height: 1080 } }]] as const) {
      const page = await context(browser, options, theme, player);
      await page.goto(`/review/${game.gameId}`);
      await expect(page.getByRole('article').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      await shot(page, `review-${size}-${theme}`);
      if (size === 'phone') {
        await page.getByRole('article').nth(1).scrollIntoViewIfNeeded();
        await shot(page, `review-phone-miss-${theme}`);
      }
      await page.getByRole('link', { name: 'Practice my misses' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Practice my misses' })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await shot(page, `practice-${size}-${theme}`);
      await page.context().close();
    }
  }

  // The phone's question 2 of the sample bank: a long scenario, then its ask.
  const host = await connect(baseURL!);
  const { gameId, hostToken, code } = await ask(host, 'host:create', {
    bankId: await bankIdOf(browser, 'Sample Questions'), sections: [], count: 3, secondsPerQuestion: 60, shuffleQuestions: false, shuffleOptions: false,
    showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: 'screenshots-after-game', scoring: 'speed', hideTypedAnswers: false,
  });
  const phones: Page[] = [];
  for (const theme of THEMES) {
    const page = await (await browser.newContext({ ...PHONE, colorScheme: theme })).newPage();
    await page.goto(`/join/${code}`);
    await page.getByLabel('Nickname').fill(`Ada ${theme}`);
    await page.getByRole('button', { name: 'Join game' }).click();
    await expect(page.getByText("You're in!")).toBeVisible();
    phones.push(page);
  }
  await ask(host, 'host:start', { gameId, hostToken });
  await ask(host, 'host:next', { gameId, hostToken, from: { phase: 'question', index: 0 } });
  await ask(host, 'host:next', { gameId, hostToken, from: { phase: 'reveal', index: 0 } });
  for (const [i, theme] of THEMES.entries()) {
    const page = phones[i]!;
    await expect(page.getByRole('button', { name: 'Show whole question' })).toBeVisible();
    await shot(page, `phone-question-folded-${theme}`);
    await page.getByRole('button', { name: 'Show whole question' }).click();
    await shot(page, `phone-question-whole-${theme}`);
  }
  host.disconnect();
});
