import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadBankFile } from '../server/banks/load';
import { createRoom, expectInViewport } from './support/host';
import { rightAnswers, seedQuestions } from './support/seed-bank';
import { answerBySocket, joinSockets, leave } from './support/socket-players';

// The host's stage in a big room: the lobby with 40 and then 64 players, the
// answered count, End game's confirmation and a 20-character winner on the podium.

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];
const LONG_NAME = 'Maximiliana Rosewood'; // 20 characters, the most a nickname may have

/** How many lines an element's text takes: one line is at most 1.6 times its font size tall. */
const lines = (locator: Locator) =>
  locator.evaluate((el) => Math.ceil(el.getBoundingClientRect().height / (1.6 * parseFloat(getComputedStyle(el).fontSize))));

/** Fails unless the element shows all of its text: nothing clipped by an ellipsis or a line clamp. */
async function expectWhole(page: Page, locator: Locator, what: string) {
  const cut = await locator.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
  expect(cut, `${what}: cut at ${JSON.stringify(page.viewportSize())}`).toBe(false);
}

test('a big room: the lobby names the bank and shows 60 names, moderation waits in a drawer, End game asks in the app, a long winner stands whole', async ({ page: host }) => {
  test.setTimeout(120_000);
  host.on('dialog', (dialog) => {
    throw new Error(`a browser dialog: ${dialog.message()}`);
  });
  const { bank } = await loadBankFile('content/aws-ml-engineer-sample-questions.md');
  const code = await createRoom(host, 2, 60);
  await expect(host.getByText(`${bank!.title} · 2 questions`)).toBeVisible();
  await expect(host.getByRole('button', { name: 'Kick all who joined in the last minute' })).toHaveCount(0);

  const names = [LONG_NAME, ...Array.from({ length: 39 }, (_, i) => `Player ${String(i + 1).padStart(2, '0')}`)];
  const players = await joinSockets(code, names);
  const chips = host.getByRole('list', { name: 'Players' }).getByRole('listitem');
  await expect(chips).toHaveCount(40);
  for (const size of SIZES) {
    await host.setViewportSize(size);
    await expectInViewport(host, await chips.all(), `40 names at ${size.width}x${size.height}`);
  }

  // Moderation opens over the stage, on the host's click only.
  await host.getByRole('button', { name: 'Moderation' }).click();
  const drawer = host.getByRole('dialog', { name: 'Moderation' });
  await expect(drawer.getByRole('button', { name: 'Kick all who joined in the last minute' })).toBeVisible();
  await expect(drawer.getByRole('button', { name: `Kick ${LONG_NAME}` })).toBeVisible();
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(drawer).toHaveCount(0);

  // Above 60: the count, and the newest names with how many more there are.
  const more = await joinSockets(code, Array.from({ length: 24 }, (_, i) => `Late ${String(i + 1).padStart(2, '0')}`));
  await expect(host.getByRole('heading', { name: 'Players (64)' })).toBeVisible();
  await expect(chips).toHaveCount(60);
  await expect(chips.first()).toHaveText('+5 more');
  await expect(chips.last()).toHaveText('Late 24');
  for (const size of SIZES) {
    await host.setViewportSize(size);
    await expectInViewport(host, await chips.all(), `64 players at ${size.width}x${size.height}`);
  }
  leave(more);

  await host.getByRole('button', { name: 'Start game' }).click();
  const answered = host.getByRole('status').filter({ hasText: /answered$/ });
  await expect(answered).toHaveText(/^0 of \d+ answered$/);
  for (const size of SIZES) {
    await host.setViewportSize(size);
    expect(await lines(answered), `the answered count on one line at ${size.width}x${size.height}`).toBe(1);
  }
  const [q1] = await seedQuestions();
  await answerBySocket(players[0]!, rightAnswers(q1!));
  await expect(answered).toHaveText(/^1 of \d+ answered$/);

  // End game sits apart from Next and asks first, in the app.
  await host.getByRole('button', { name: 'End game' }).click();
  const ask = host.getByRole('alertdialog', { name: 'End the game now?' });
  await ask.getByRole('button', { name: 'Keep playing' }).click();
  await expect(ask).toHaveCount(0);
  await expect(host.getByRole('timer')).toBeVisible();
  await host.getByRole('button', { name: 'End game' }).click();
  await ask.getByRole('button', { name: 'End game' }).click();

  await host.emulateMedia({ reducedMotion: 'reduce' }); // the places stand at once
  await expect(host.getByRole('heading', { name: 'Podium' })).toBeVisible();
  const winner = host.getByRole('list', { name: 'Podium' }).getByText(LONG_NAME, { exact: true });
  await expect(winner).toBeVisible();
  for (const size of SIZES) {
    await host.setViewportSize(size);
    await expectWhole(host, winner, 'the 20-character winner');
  }
  leave(players);
});
