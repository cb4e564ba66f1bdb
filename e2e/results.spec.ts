// After a game: the host's report and CSV, a player's "My answers" and "Practice my misses", and past games.
// The game itself is played by socket.io clients from Node against the e2e server; only the after-game pages use the browser.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { io, type Socket } from 'socket.io-client';
import { loadBankFile } from '../server/banks/load';
import type { ParsedQuestion } from '../server/banks/types';
import type { ClientToServerEvents, HostScreen, JoinedAs, PlayerScreen, Result, RoundView, ServerToClientEvents } from '../common/protocol';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
type Ended = Extract<HostScreen, { screen: 'ended' }>;

const HOST_DEVICE = 'e2e-results-host-device';
const QUESTIONS = 3;

/** What a player does on each question: answer right, answer wrong, or let the time run. */
type Move = 'right' | 'wrong' | 'none';
const SCRIPT: Record<string, Move[]> = {
  Ada: ['right', 'right', 'right'],
  Ben: ['right', 'wrong', 'right'],
  Cyd: ['wrong', 'none', 'wrong'],
};

interface Played {
  gameId: string;
  podium: Ended['podium'];
  players: Record<string, JoinedAs>;
  /** the bank's questions in the order they were played */
  questions: ParsedQuestion[];
}

function connect(baseURL: string): Promise<Client> {
  const socket: Client = io(baseURL, { transports: ['websocket'], forceNew: true, reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function ask<E extends keyof ClientToServerEvents>(socket: Client, event: E, payload: Parameters<ClientToServerEvents[E]>[0]) {
  type Data = Parameters<ClientToServerEvents[E]>[1] extends (r: Result<infer T>) => void ? T : never;
  const emit = socket.timeout(5000).emitWithAck as unknown as (e: E, p: unknown) => Promise<Result<Data>>;
  const result = await emit.call(socket.timeout(5000), event, payload);
  if (!result.ok) throw new Error(`${event}: ${result.error}`);
  return result.data;
}

/** The bank id the setup form offers first: the shipped bank. */
async function shippedBankId(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  await page.goto('/host');
  const id = await page.getByLabel('Question bank').inputValue();
  await page.close();
  return id;
}

/** Host and three players play the whole game through the realtime layer, as the apps would. */
async function playGame(baseURL: string, bankId: string): Promise<Played> {
  const bank = await loadBankFile('content/aws-ml-engineer-sample-questions.md');
  if (!bank.bank) throw new Error('the shipped bank does not parse');
  const host = await connect(baseURL);
  const ended = new Promise<Ended>((resolve) => {
    host.on('host:screen', (s) => {
      if (s.screen === 'ended') resolve(s);
    });
  });
  const { gameId, hostToken, code } = await ask(host, 'host:create', {
    bankId, sections: [], count: QUESTIONS, secondsPerQuestion: 60, shuffleQuestions: false, shuffleOptions: true,
    showQuestionsOnPhones: true, autoAdvanceSeconds: null, deviceId: HOST_DEVICE,
  });
  const auth = { gameId, hostToken };

  const phones: Record<string, { socket: Client; screens: PlayerScreen[] }> = {};
  const players: Record<string, JoinedAs> = {};
  for (const name of Object.keys(SCRIPT)) {
    const socket = await connect(baseURL);
    const screens: PlayerScreen[] = [];
    socket.on('player:screen', (s) => screens.push(s));
    players[name] = await ask(socket, 'player:join', { code, nickname: name });
    phones[name] = { socket, screens };
  }

  const questions: ParsedQuestion[] = [];
  await ask(host, 'host:start', auth);
  for (let index = 0; index < QUESTIONS; index++) {
    const round = await until(() => questionOn(phones.Ada!.screens, index));
    const question = bank.bank.questions.find((q) => q.stem === round.stem)!;
    questions.push(question);
    for (const [name, moves] of Object.entries(SCRIPT)) {
      const move = moves[index]!;
      if (move !== 'none') await ask(phones[name]!.socket, 'player:answer', { index, optionIds: pick(round, question, move) });
    }
    // A round someone let run is closed by the host, as "Next" on the projector would.
    if (Object.values(SCRIPT).some((moves) => moves[index] === 'none')) await ask(host, 'host:next', { ...auth, from: { phase: 'question', index } });
    await ask(host, 'host:next', { ...auth, from: { phase: 'reveal', index } });
  }
  const { podium } = await ended;
  for (const socket of [host, ...Object.values(phones).map((p) => p.socket)]) socket.disconnect();
  return { gameId, podium, players, questions };
}

/** Resolves with what `read` finds, once it finds something. */
async function until<T>(read: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((r) => setTimeout(r, 20))) {
    const found = read();
    if (found !== undefined) return found;
  }
  throw new Error('timed out waiting');
}

function questionOn(screens: PlayerScreen[], index: number): RoundView | undefined {
  return screens.flatMap((s) => (s.screen === 'question' && s.round.index === index ? [s.round] : []))[0];
}

/** Option ids for a right or a wrong answer, matched to the bank by text (options are shuffled). */
function pick(round: RoundView, question: ParsedQuestion, move: 'right' | 'wrong'): string[] {
  const correct = (text: string) => question.options.some((o) => o.text === text && o.correct);
  const right = round.options.filter((o) => correct(o.text));
  if (move === 'right') return right.map((o) => o.id);
  const wrong = round.options.find((o) => !correct(o.text))!;
  return [wrong, ...right].slice(0, question.select).map((o) => o.id);
}

/** The start of an explanation as shown: markdown emphasis removed. */
const explanationStart = (q: ParsedQuestion) => q.explanation.replace(/[*_`]/g, '').slice(0, 50);

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe.configure({ mode: 'serial' });

let game: Played;

test.beforeAll(async ({ browser, baseURL }) => {
  game = await playGame(baseURL!, await shippedBankId(browser));
});

test('the report shows the podium order, the numbers per question, and downloads the answers as CSV', async ({ page }) => {
  await page.goto(`/results/${game.gameId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sample Questions' })).toBeVisible();

  const standings = page.getByRole('table', { name: /Standings/ });
  await expect(standings.getByRole('rowheader')).toHaveText(game.podium.map((s) => s.nickname));
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
  expect(header).toEqual(['Game id', 'Question number', 'Section', 'Question', 'Player', 'Picked', 'Correct', 'Response time (ms)', 'Points']);
  expect(rows).toHaveLength(Object.keys(SCRIPT).length * QUESTIONS);
  expect(rows.filter((r) => r[4] === 'Cyd').map((r) => [r[6], r[7] === ''])).toEqual([['no', false], ['no', true], ['no', false]]);
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
