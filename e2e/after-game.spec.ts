// The pages after a game, on a whole 22-question game of the study set (every question type):
// their heights, and axe in both themes at a phone's and a projector's size.
import { devices, test, type Browser, type BrowserContextOptions } from '@playwright/test';
import { bankIdOf, playGame, type Move, type Played } from './support/socket-game';

const QUESTIONS = 22;
const { defaultBrowserType: _ignored, ...PHONE } = devices['Moto G4']!;

/** Cyd misses about a third: wrong on every third question, no answer on every seventh, and answers one at the buzzer. */
const cydMoves = Array.from({ length: QUESTIONS }, (_, i): Move => (i % 7 === 6 ? 'none' : i % 3 === 1 ? 'wrong' : i === 3 ? 'late' : 'right'));
const SCRIPT: Record<string, Move[]> = {
  Ada: Array.from({ length: QUESTIONS }, () => 'right'),
  Ben: Array.from({ length: QUESTIONS }, (_, i) => (i % 2 ? 'wrong' : 'right')),
  Cyd: cydMoves,
};

test.describe.configure({ mode: 'serial' });

let game: Played;

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const plan = { bankFile: 'content/aws-ml-engineer-study-set.md', bankTitle: 'Study set', count: QUESTIONS, script: SCRIPT, seconds: 10 };
  game = await playGame(baseURL!, await bankIdOf(browser, plan.bankTitle), plan);
});

async function asCyd(browser: Browser, options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  await context.addInitScript((played) => localStorage.setItem('cramjam:played', played), JSON.stringify([game.players.Cyd]));
  return context;
}

const height = (page: import('@playwright/test').Page) => page.evaluate(() => document.documentElement.scrollHeight);

test('heights: "My answers" on a 360x640 phone and the report at 1920x1080', async ({ browser }) => {
  const phone = await asCyd(browser, PHONE);
  const review = await phone.newPage();
  await review.goto(`/review/${game.gameId}`);
  await review.getByRole('heading', { level: 1, name: 'My answers' }).waitFor();
  await review.waitForLoadState('networkidle');
  const reviewHeight = await height(review);
  await phone.close();

  const desk = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const results = await desk.newPage();
  await results.goto(`/results/${game.gameId}`);
  const resultsHeight = await height(results);
  await desk.close();
  test.info().annotations.push({ type: 'heights', description: `review 360x640: ${reviewHeight} px; results 1920x1080: ${resultsHeight} px` });
  console.log(`review 360x640: ${reviewHeight} px; results 1920x1080: ${resultsHeight} px`);
});
