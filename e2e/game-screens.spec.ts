import AxeBuilder from '@axe-core/playwright';
import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { createRoom, endRoundNow } from './support/host';
import { answer, joinFromPhone, type Phone } from './support/players';
import { aWrongAnswer, explanationStart, rightAnswers, seedQuestions } from './support/seed-bank';
import { answerRight, createStudySetRoom, match, order, pairsOf, studySet } from './support/study-set';

// The game screens, checked as a designer would: axe (colour contrast on) on
// every host and phone screen in both themes, the podium's honest ties and
// all-zero scores, and reduced motion honoured.

async function seriousViolations(page: Page) {
  // Contrast is measured on the settled screen, not halfway through a fade-in. Transitions
  // are left out: a running clock restarts its 100 ms one ten times a second.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a instanceof CSSTransition || a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The host's theme toggle, then the phone's system scheme: axe in both. */
async function expectAccessibleInBothThemes(host: Page, phones: Page[], where: string) {
  for (const theme of ['dark', 'light']) {
    const toggle = host.getByRole('button', { name: /^Theme: / });
    if ((await toggle.textContent()) !== `Theme: ${theme}`) await toggle.click();
    await expect(toggle).toHaveText(`Theme: ${theme}`);
    expect(await seriousViolations(host), `host ${where}, ${theme}`).toEqual([]);
    for (const phone of phones) {
      await phone.emulateMedia({ colorScheme: theme as 'dark' | 'light' });
      expect(await seriousViolations(phone), `phone ${where}, ${theme}`).toEqual([]);
    }
  }
}

async function phoneAt(browser: Browser, path: string, colorScheme: 'dark' | 'light') {
  const { defaultBrowserType: _ignored, ...profile } = devices['Moto G4']!;
  const context = await browser.newContext({ ...profile, colorScheme });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

test('every host and phone game screen passes axe with colour contrast in both themes', async ({ browser, page: host }) => {
  test.setTimeout(300_000);
  const [q1] = await seedQuestions();
  await host.setViewportSize({ width: 1920, height: 1080 });
  // The longest clock, so the round is still open after six axe runs on a busy machine.
  const code = await createRoom(host, 1, 300);
  for (const scheme of ['dark', 'light'] as const) {
    const joining = await phoneAt(browser, `/join/${code}`, scheme);
    await expect(joining.getByLabel('Nickname')).toBeVisible();
    expect(await seriousViolations(joining), `phone join, ${scheme}`).toEqual([]);
    await joining.context().close();
  }
  const ada = await joinFromPhone(browser, code, 'Ada', 'Moto G4');
  const bo = await joinFromPhone(browser, code, 'Bo', 'Moto G4');
  await expectAccessibleInBothThemes(host, [ada.page], 'lobby');

  await host.getByRole('button', { name: 'Start game' }).click();
  await answer(ada, rightAnswers(q1!));
  await expect(bo.page.getByRole('timer')).toBeVisible();
  await expectAccessibleInBothThemes(host, [ada.page, bo.page], 'question and answered');

  await endRoundNow(host);
  await expect(bo.page.getByText('Round ended by the host', { exact: true })).toBeVisible();
  await expectAccessibleInBothThemes(host, [ada.page, bo.page], 'reveal');

  await host.getByRole('button', { name: 'Show podium' }).click();
  await expect(ada.page.getByText(/You finished #1 of 2/)).toBeVisible();
  await expect(host.getByText('Not revealed yet')).toHaveCount(0);
  await expectAccessibleInBothThemes(host, [ada.page], 'podium and game over');

  const dead = await phoneAt(browser, `/join/${code}`, 'dark');
  await expect(dead.getByRole('heading', { name: 'This game is over' })).toBeVisible();
  await expect(dead.getByLabel('Nickname')).toHaveCount(0);
  expect(await seriousViolations(dead)).toEqual([]);
  for (const page of [dead, ada.page, bo.page]) await page.context().close();
});

test('the matching, ordering, type-the-answer and case-study screens pass axe in both themes, half built and revealed', async ({ browser, page: host }) => {
  test.setTimeout(300_000);
  const section = 'Deployment and operations';
  const questions = await studySet(section);
  await host.setViewportSize({ width: 1920, height: 1080 });
  const code = await createStudySetRoom(host, { sections: [section], seconds: 300 });
  const ada = await joinFromPhone(browser, code, 'Ada', 'Moto G4');
  await host.getByRole('button', { name: 'Start game' }).click();
  const checked = new Set<string>();
  for (const [i, q] of questions.entries()) {
    const kind = q.caseStudy ? 'case study' : q.type;
    await expect(host.getByText(`Question ${i + 1} of ${questions.length}`)).toBeVisible();
    if (!checked.has(kind) && kind !== 'choice' && kind !== 'truefalse') {
      checked.add(kind);
      // Half an answer on the phone: chosen, placed and matched tiles in their colours.
      if (q.type === 'matching') await match(ada, pairsOf(q).slice(0, 2));
      if (q.type === 'ordering') await order(ada, q.options.slice(0, 2).map((o) => o.text));
      await expectAccessibleInBothThemes(host, [ada.page], `${kind} question`);
      await answerRight(ada, q);
      await expect(host.getByRole('heading', { name: 'Leaderboard' })).toBeVisible();
      await expectAccessibleInBothThemes(host, [ada.page], `${kind} reveal`);
    } else {
      await answerRight(ada, q);
    }
    await expect(host.getByRole('heading', { name: 'Leaderboard' })).toBeVisible();
    if (i + 1 < questions.length) await host.getByRole('button', { name: 'Next' }).click();
  }
  expect([...checked]).toEqual(['matching', 'ordering', 'typed', 'case study']);
  await ada.context.close();
});

test('the host clock drains and turns red in its last five seconds', async ({ browser, page: host }) => {
  const code = await createRoom(host, 1, 12);
  const ada = await joinFromPhone(browser, code, 'Ada', 'Moto G4');
  await host.getByRole('button', { name: 'Start game' }).click();
  // The seconds shown, the ring's colour and how much of it has drained, read at one moment.
  const read = () =>
    host.getByRole('timer').evaluate((timer) => {
      const ring = getComputedStyle(timer.querySelectorAll('circle')[1]!);
      return { seconds: parseInt(timer.getAttribute('aria-label')!, 10), colour: ring.stroke, drained: parseFloat(ring.strokeDashoffset) };
    });
  const calm = await read();
  expect(calm.seconds).toBeGreaterThan(5);
  let urgent = calm;
  await expect.poll(async () => (urgent = await read()).seconds, { timeout: 15_000 }).toBeLessThanOrEqual(5);
  expect(urgent.drained).toBeGreaterThan(calm.drained);
  expect(urgent.colour).not.toBe(calm.colour);
  const [red, green, blue] = urgent.colour.match(/\d+/g)!.map(Number);
  expect(red, urgent.colour).toBeGreaterThan(Math.max(green!, blue!) + 60);
  await ada.context.close();
});

/** Plays one question where `right` answer it right and the others wrong, then shows the podium. */
async function playOneRound(browser: Browser, host: Page, names: string[], right: string[]): Promise<Phone[]> {
  const [q1] = await seedQuestions();
  const code = await createRoom(host, 1);
  const phones: Phone[] = [];
  for (const name of names) phones.push(await joinFromPhone(browser, code, name, 'Moto G4'));
  await host.getByRole('button', { name: 'Start game' }).click();
  for (const phone of phones) await answer(phone, right.includes(phone.name) ? rightAnswers(q1!) : [aWrongAnswer(q1!)]);
  await host.getByRole('button', { name: 'Show podium' }).click();
  await expect(host.getByRole('heading', { name: 'Podium' })).toBeVisible();
  return phones;
}

test('the podium stands tied players equally high and says so', async ({ browser, page: host }) => {
  const long = 'Bartholomew Q. Zhang'; // as long as a nickname may be
  const phones = await playOneRound(browser, host, ['Ada', long, 'Cy'], ['Ada']);
  const places = host.getByRole('list', { name: 'Podium' }).getByRole('listitem');
  await expect(places).toHaveCount(3);
  await expect(places.nth(0)).toContainText('Ada');
  await expect(places.nth(0)).toContainText('1st');
  await expect(places.nth(1)).toContainText('Tied 2nd');
  await expect(places.nth(2)).toContainText('Tied 2nd');
  const column = async (i: number) => (await places.nth(i).locator('div').last().boundingBox())!;
  expect((await column(1)).height).toBeCloseTo((await column(2)).height, 0);
  expect((await column(0)).height).toBeGreaterThan((await column(1)).height);
  // A long nickname is cut, and does not widen its column.
  for (const i of [1, 2]) expect((await column(i)).width).toBeCloseTo((await column(0)).width, 0);
  await expect(host.locator('.confetti')).toBeVisible(); // with motion, once the first place stands
  for (const phone of phones) await phone.context.close();
});

test('when nobody scored the podium says so instead of ranking zeros', async ({ browser, page: host }) => {
  const phones = await playOneRound(browser, host, ['Ada', 'Bo'], []);
  await expect(host.getByText('Nobody scored this time.')).toBeVisible();
  await expect(host.getByRole('list', { name: 'Podium' })).toHaveCount(0);
  await expect(host.getByText('Thanks for playing, Ada and Bo.')).toBeVisible();
  for (const phone of phones) await phone.context.close();
});

test('with reduced motion the podium shows everyone at once, with no confetti and no animation', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  const host = await context.newPage();
  const phones = await playOneRound(browser, host, ['Ada', 'Bo'], ['Ada']);
  await expect(host.getByRole('list', { name: 'Podium' })).toContainText('Ada');
  await expect(host.getByRole('list', { name: 'Podium' })).toContainText('Bo');
  await expect(host.locator('.confetti')).toBeHidden();
  const durations = await host.locator('.animate-pop-in, .animate-rise').evaluateAll((els) => els.map((el) => getComputedStyle(el).animationDuration));
  expect(durations.length).toBeGreaterThan(0);
  for (const d of durations) expect(parseFloat(d)).toBeLessThanOrEqual(0.001);
  for (const phone of phones) await phone.context.close();
  await context.close();
});

test('a late joiner waits for the next question, and a phone can read the last explanation after the host moves on', async ({ browser, page: host }) => {
  const [q1, q2] = await seedQuestions();
  const code = await createRoom(host, 2);
  const ada = await joinFromPhone(browser, code, 'Ada', 'Moto G4');
  await host.getByRole('button', { name: 'Start game' }).click();
  await answer(ada, rightAnswers(q1!));
  await expect(host.getByRole('region', { name: 'Explanation' })).toBeVisible();

  const late = await joinFromPhone(browser, code, 'Late', 'Moto G4');
  await expect(late.page.getByText("You'll join from the next question.")).toBeVisible();
  await host.getByRole('button', { name: 'Next' }).click();
  await expect(late.page.getByRole('button', { name: rightAnswers(q2!)[0], exact: true })).toBeVisible();
  await expect(late.page.getByRole('button', { name: 'Last explanation' })).toHaveCount(0); // it saw no reveal

  await ada.page.getByRole('button', { name: 'Last explanation' }).click();
  const sheet = ada.page.getByRole('dialog', { name: 'Question 1: the answer and why' });
  await expect(sheet.getByRole('region', { name: 'Last explanation' })).toContainText(explanationStart(q1!));
  await expect(sheet.getByRole('timer')).toBeVisible(); // the running round's clock stays in view
  await sheet.getByRole('button', { name: 'Back to the question' }).click();
  await expect(ada.page.getByRole('button', { name: rightAnswers(q2!)[0], exact: true })).toBeVisible();
  for (const phone of [ada, late]) await phone.context.close();
});

test('sound is on for the host until turned off, the choice is remembered, and every file comes from this server', async ({ browser, page: host, baseURL }) => {
  const elsewhere: string[] = [];
  host.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) elsewhere.push(request.url());
  });
  const loop = host.waitForRequest((request) => request.url().endsWith('/sounds/lobby.wav'));
  const code = await createRoom(host, 1);
  const sound = host.getByRole('button', { name: /^Sound / });
  await expect(sound).toHaveText(/Sound on/);
  expect((await (await loop).response())!.status()).toBeLessThan(400);
  await sound.click();
  await expect(sound).toHaveText(/Sound off/);
  await host.reload();
  await expect(host.getByRole('button', { name: /^Sound / })).toHaveText(/Sound off/);
  const ada = await joinFromPhone(browser, code, 'Ada', 'Moto G4');
  await host.getByRole('button', { name: 'Start game' }).click();
  await expect(host.getByRole('timer')).toBeVisible();
  expect(elsewhere).toEqual([]);
  await ada.context.close();
});
