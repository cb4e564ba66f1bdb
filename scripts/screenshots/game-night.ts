import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { createRoom, endRoundNow } from '../../e2e/support/host';
import { answer, joinFromPhone, type Phone } from '../../e2e/support/players';
import { joinSockets, leave } from '../../e2e/support/socket-players';
import { aWrongAnswer, rightAnswers, seedQuestions } from '../../e2e/support/seed-bank';

// Not a test: a real game, host on a 1920x1080 projector and phones at 360x640,
// photographed at every screen for the README and docs/playing.md.

const DIR = 'docs/screenshots';
/** Question 3 of the shipped bank: the longest explanation beside four long options. */
const LONGEST = 2;
const shot = (page: Page, name: string) => page.screenshot({ path: `${DIR}/${name}.png`, animations: 'disabled' });

/** The host's screen as it is at 1280x720 in the light theme, then back to 1920x1080 and dark. */
async function shotSmallLight(host: Page, name: string) {
  await host.setViewportSize({ width: 1280, height: 720 });
  await host.getByRole('button', { name: 'Theme: dark' }).click();
  await shot(host, name);
  await host.getByRole('button', { name: 'Theme: light' }).click();
  await host.setViewportSize({ width: 1920, height: 1080 });
}

/** A lobby of 40 (bare sockets), in a room of its own: the small chips in columns, moderation in its closed drawer. */
async function bigLobby(host: Page) {
  const code = await createRoom(host, 5, 60);
  const names = ['Ada', 'Bo', 'Bartholomew Zhang', 'Chidi', 'Dee Dee Ramone', 'Eve', 'Farah', 'Gus', 'Hiroshi', 'Ines'];
  const players = await joinSockets(code, Array.from({ length: 40 }, (_, i) => `${names[i % names.length]}${i >= names.length ? ` ${Math.floor(i / names.length) + 1}` : ''}`));
  await expect(host.getByRole('list', { name: 'Players' }).getByRole('listitem')).toHaveCount(40);
  await host.waitForTimeout(600);
  await shot(host, 'host-lobby-40');
  await shotSmallLight(host, 'host-lobby-40-1280-light');
  leave(players);
}

async function deadCodePhone(browser: Browser, code: string) {
  const { defaultBrowserType: _ignored, ...profile } = devices['Moto G4']!;
  const context = await browser.newContext(profile);
  const page = await context.newPage();
  await page.goto(`/join/${code}`);
  await expect(page.getByRole('heading', { name: 'This game is over' })).toBeVisible();
  await shot(page, 'phone-dead-code');
  await context.close();
}

test('game night screenshots', async ({ browser, page: host }) => {
  test.setTimeout(180_000);
  const questions = await seedQuestions();
  const multi = questions.findIndex((q) => q.select > 1);
  await host.setViewportSize({ width: 1920, height: 1080 });
  const total = Math.max(3, multi + 1, LONGEST + 1);
  const code = await createRoom(host, total, 90);

  const { defaultBrowserType: _ignored, ...profile } = devices['Moto G4']!;
  const joining = await (await browser.newContext(profile)).newPage();
  await joining.goto(`/join/${code}`);
  await expect(joining.getByLabel('Nickname')).toBeVisible();
  await shot(joining, 'phone-join');
  await joining.context().close();

  const ada = await joinFromPhone(browser, code, 'Ada', 'Moto G4');
  await shot(ada.page, 'phone-lobby');
  const bo = await joinFromPhone(browser, code, 'Bo', 'Moto G4');
  const long = await joinFromPhone(browser, code, 'Bartholomew Q. Zhang', 'Moto G4');
  const phones: Phone[] = [ada, bo, long];
  await expect(host.getByRole('list', { name: 'Players' }).getByRole('listitem')).toHaveCount(3);
  await host.waitForTimeout(600); // the last player's pop-in animation
  await shot(host, 'host-lobby');

  await host.getByRole('button', { name: 'Start game' }).click();
  const q1 = questions[0]!;
  await expect(long.page.getByRole('button', { name: q1.options[0]!.text })).toBeVisible();
  await shot(long.page, 'phone-question');
  await long.page.emulateMedia({ colorScheme: 'dark' });
  await shot(long.page, 'phone-question-dark');
  await answer(ada, rightAnswers(q1));
  await answer(bo, [aWrongAnswer(q1)]);
  await shot(ada.page, 'phone-answered');
  await shot(host, 'host-question');
  await host.setViewportSize({ width: 1280, height: 720 });
  await shot(host, 'host-question-1280');
  await host.setViewportSize({ width: 1920, height: 1080 });
  await endRoundNow(host);
  await expect(host.getByRole('region', { name: 'Explanation' })).toBeVisible();
  await host.waitForTimeout(1000); // bars and leaderboard settle
  await shot(host, 'host-reveal');
  await shot(bo.page, 'phone-reveal');
  await shot(long.page, 'phone-round-ended');
  await host.setViewportSize({ width: 1280, height: 720 });
  await shot(host, 'host-reveal-1280');
  await host.setViewportSize({ width: 1920, height: 1080 });
  await host.getByRole('button', { name: 'Theme: dark' }).click();
  await shot(host, 'host-reveal-light');
  await host.getByRole('button', { name: 'Theme: light' }).click();
  await shotSmallLight(host, 'host-reveal-1280-light');

  // On to the multi-select question; the phones answer each round to move on.
  const wrong = (q: (typeof questions)[number]) => (q.select > 1 ? [aWrongAnswer(q), rightAnswers(q)[0]!] : [aWrongAnswer(q)]);
  for (let i = 1; i < total; i++) {
    const q = questions[i]!;
    await host.getByRole('button', { name: 'Next' }).click();
    await expect(ada.page.getByRole('button', { name: q.options[0]!.text, exact: true })).toBeVisible();
    if (i === multi) {
      await shot(host, 'host-question-multi');
      await shot(ada.page, 'phone-question-multi');
      await ada.page.getByRole('button', { name: rightAnswers(q)[0], exact: true }).click();
      await shot(ada.page, 'phone-multi-select');
      await ada.page.getByRole('button', { name: 'Last explanation' }).click();
      await shot(ada.page, 'phone-last-explanation');
      await ada.page.getByRole('button', { name: 'Back to the question' }).click();
      await ada.page.getByRole('button', { pressed: true }).click(); // unpicked again, for answer() below
    }
    for (const phone of phones) await answer(phone, phone === bo ? wrong(q) : rightAnswers(q));
    await expect(host.getByRole('region', { name: 'Explanation' })).toBeVisible();
    if (i === LONGEST) {
      // The bank's longest question and explanation: the reveal's hardest fit.
      await host.waitForTimeout(1000);
      await shot(host, 'host-reveal-long');
      await shotSmallLight(host, 'host-reveal-long-1280-light');
      await host.setViewportSize({ width: 1280, height: 720 });
      await host.emulateMedia({ reducedMotion: 'reduce' });
      await shot(host, 'host-reveal-long-1280-reduced-motion');
      await host.emulateMedia({ reducedMotion: 'no-preference' });
      await host.setViewportSize({ width: 1920, height: 1080 });
    }
  }
  await host.waitForTimeout(1000);
  await shot(host, 'host-reveal-multi');
  await shot(ada.page, 'phone-reveal-multi');
  await host.getByRole('button', { name: 'Show podium' }).click();
  await expect(host.getByRole('heading', { name: 'Podium' })).toBeVisible();
  await host.waitForTimeout(5000); // third, second, first, confetti
  await shot(host, 'host-podium');
  await shotSmallLight(host, 'host-podium-1280-light');
  await expect(ada.page.getByText(/You finished/)).toBeVisible();
  await shot(ada.page, 'phone-ended');
  await deadCodePhone(browser, code);
  for (const phone of phones) await phone.context.close();
  await bigLobby(host);
});
