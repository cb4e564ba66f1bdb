// After a game: the host's report and CSV, a player's "My answers" and "Practice my misses", and past games.
// The game itself is played by socket.io clients from Node against the e2e server; only the after-game pages use the browser.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { devices, expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import type { JoinedAs } from '../common/protocol';
import type { ParsedQuestion } from '../server/banks/types';
import { bankIdOf, playGame, type Move, type Played } from './support/socket-game';

const HOST_DEVICE = 'e2e-results-host-device';
const QUESTIONS = 3;

/** What each player does on each question. */
const SCRIPT: Record<string, Move[]> = {
  Ada: ['right', 'right', 'right'],
  Ben: ['right', 'wrong', 'right'],
  Cyd: ['wrong', 'none', 'wrong'],
};

/** The start of an explanation as shown: markdown emphasis removed. */
const explanationStart = (q: ParsedQuestion) => q.explanation.replace(/[*_`]/g, '').slice(0, 50);

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe.configure({ mode: 'serial' });

let game: Played;

test.beforeAll(async ({ browser, baseURL }) => {
  const plan = { bankFile: 'content/aws-ml-engineer-sample-questions.md', bankTitle: 'Sample Questions', count: QUESTIONS, script: SCRIPT, hostDevice: HOST_DEVICE };
  game = await playGame(baseURL!, await bankIdOf(browser, plan.bankTitle), plan);
});

test('the report shows the podium order, the numbers per question, and downloads the answers as CSV', async ({ page }) => {
  await page.goto(`/results/${game.gameId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sample Questions' })).toBeVisible();

  const standings = page.getByRole('table', { name: /Standings/ });
  await expect(standings.getByRole('rowheader')).toHaveText(game.podium.map((s) => s.nickname));
  // A game that did not ask how sure has no confidence columns.
  await expect(standings.getByRole('columnheader')).toHaveText(['Rank', 'Player', 'Score', 'Correct', 'Avg. time']);
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByRole('definition').filter({ hasText: game.podium[0]!.nickname })).toHaveText(/^Ada \(/);
  await expect(summary.getByRole('definition').filter({ hasText: '%' })).toHaveText(`${Math.round((5 / 9) * 100)}%`);

  // Question 2: only Ada was right. Hardest first puts it on top.
  await expect(page.getByRole('article', { name: /^Question 2/ })).toContainText('Accuracy 33% (1 of 3 correct)');
  await page.getByRole('link', { name: 'Hardest first' }).click();
  await expect(page).toHaveURL(/sort=hardest/);
  await expect(page.getByRole('article').first()).toHaveAccessibleName(/^Question 2/);

  // A player's drill-down.
  await page.getByText(`#3 Cyd`).click();
  await expect(page.getByRole('table', { name: 'Answers of Cyd' }).getByRole('row')).toHaveCount(1 + QUESTIONS);
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download CSV', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^cramjam-.*-answers\.csv$/);
  const bytes = await readFile((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parse(bytes.toString('utf8').slice(1));
  expect(header).toEqual(['Game id', 'Question number', 'Section', 'Question', 'Player', 'Picked', 'Correct', 'Confidence', 'Response time (ms)', 'Points']);
  expect(rows).toHaveLength(Object.keys(SCRIPT).length * QUESTIONS);
  // The game did not ask how sure: the confidence column is empty.
  expect(rows.filter((r) => r[4] === 'Cyd').map((r) => [r[6], r[7], r[8] === ''])).toEqual([['no', '', false], ['no', '', true], ['no', '', false]]);
});

test('a phone opens "My answers", sees why it missed a question, and practises its misses', async ({ browser }) => {
  const { defaultBrowserType: _ignored, ...phone } = devices['Pixel 7'];
  const context = await browser.newContext(phone);
  await context.addInitScript((played) => localStorage.setItem('cramjam:played', played), JSON.stringify([game.players.Cyd]));
  const page = await context.newPage();
  await page.goto(`/review/${game.gameId}`);

  await expect(page.getByRole('heading', { level: 1, name: 'My answers' })).toBeVisible();
  const missed = page.getByRole('article', { name: /^Question 2/ });
  await expect(missed).toContainText("Time's up: no answer");
  await expect(missed.getByRole('region', { name: 'Explanation' })).toContainText(explanationStart(game.questions[1]!));
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Practice my misses' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice my misses' })).toBeVisible();
  // Cyd missed all three: this time the first is answered right, the others wrong.
  for (const [i, question] of game.questions.entries()) {
    await expect(page.getByText(`${i + 1} of ${QUESTIONS}`, { exact: true })).toBeVisible();
    const right = question.options.filter((o) => o.correct).map((o) => o.text);
    const texts = i === 0 ? right : [question.options.find((o) => !o.correct)!.text, ...right].slice(0, question.select);
    for (const text of texts) await page.getByRole('button', { name: text, exact: true }).click();
    if (question.select > 1) await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByRole('status')).toHaveText(i === 0 ? 'Right!' : 'Not quite');
    await expect(page.getByRole('region', { name: 'Explanation' })).toContainText(explanationStart(question));
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Practice done' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(`You got 1 of ${QUESTIONS} right this time.`);
  await context.close();
});

test('the home page lists the games this phone played, and "My answers" opens the review', async ({ browser }) => {
  const { defaultBrowserType: _ignored, ...phone } = devices['Pixel 7'];
  const context = await browser.newContext(phone);
  const cyd = game.players.Cyd!;
  const older: JoinedAs = { gameId: 'AAAAAAAAAAAAAAAAAAAAAA', code: '000000', playerId: 'p-older', nickname: 'Cyd', playerToken: 'x'.repeat(32) };
  await context.addInitScript((played) => localStorage.setItem('cramjam:played', played), JSON.stringify([cyd, older]));
  const page = await context.newPage();
  await page.goto('/');

  const played = page.getByRole('region', { name: 'Games you played on this browser' });
  await expect(played.getByRole('listitem')).toHaveCount(2);
  // The join form stays first.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Join a game', 'Games you played on this browser']);
  await expect(played.getByRole('listitem').first()).toContainText(`Cyd`);
  await expect(played.getByRole('listitem').first()).toContainText(`Room ${cyd.code}`);
  await expectAccessible(page);

  await played.getByRole('link', { name: `My answers, room ${cyd.code} as Cyd`, exact: true }).click();
  await expect(page).toHaveURL(`/review/${game.gameId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'My answers' })).toBeVisible();
  await expect(page.getByRole('article', { name: /^Question 2/ })).toContainText("Time's up: no answer");
  await context.close();
});

test('a browser that played nothing has no played-games list on the home page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('heading', { name: 'Join a game' }).waitFor();
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('region', { name: 'Games you played on this browser' })).toHaveCount(0);
});

test('a browser that did not play is told so', async ({ page }) => {
  await page.goto(`/review/${game.gameId}`);
  await expect(page.getByText('This browser did not play in this game.')).toBeVisible();
});

test('the host browser lists the game among its past games and opens its report', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript((device) => localStorage.setItem('cramjam:device', device), HOST_DEVICE);
  const page = await context.newPage();
  await page.goto('/host/games');
  const card = page.getByRole('listitem').filter({ has: page.locator(`a[href="/results/${game.gameId}"]`) });
  await expect(card).toContainText('Sample Questions');
  await expect(card).toContainText('3 players');
  await expect(card).toContainText(`Winner: ${game.podium[0]!.nickname}`);
  await expect(card).toContainText('Ended');
  await expectAccessible(page);
  await card.getByRole('link', { name: 'View results' }).click();
  await expect(page).toHaveURL(`/results/${game.gameId}`);
  await context.close();
});

test('an unknown or malformed report link is a friendly 404', async ({ page }) => {
  for (const path of ['/results/AAAAAAAAAAAAAAAAAAAAAA', '/results/not%20an%20id', `/results/${game.gameId}/answers.csv`.replace(game.gameId, 'nope-nope-nope')]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await page.goto('/results/AAAAAAAAAAAAAAAAAAAAAA');
  await expect(page.getByRole('heading', { name: 'No results here' })).toBeVisible();
});
