// A study group over three weeks: the organizer creates the group on a laptop, four phones join by the
// invite link, the group plays three short games a week apart (the test moves the stored times back a
// week between games through its own database connection), and then each phone's due list is checked
// against FSRS's own schedule of the answers given, the organizer's section mastery against the same
// answers, and a review game from the group page against the review rule; then it is played to the end.
// axe and layout checks run on the group pages at 360x640 and 1920x1080 in both themes.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import type pg from 'pg';
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';
import { pickReviewQuestions } from '../server/groups/review-pick';
import type { ParsedQuestion } from '../server/banks/types';
import { seriousViolations } from './support/axe';
import { e2eDatabase } from './support/e2e-db';
import { expectInViewport } from './support/host';
import { answer, type Phone } from './support/players';
import { rightAnswers, seedQuestions } from './support/seed-bank';

// As server/groups/memory.ts schedules: FSRS's defaults, no fuzz, no short-term steps.
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });
// Short rounds; every phone answers at once, so a round closes on its last answer, long before its clock.
const SECONDS = 20;
const WEEK = "interval '7 days'";
const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const LAPTOP = { viewport: { width: 1920, height: 1080 } };

type Move = 'right' | 'wrong';
/** Three games of three questions: the sections played, and what each member answers, question by question. */
const GAMES: { section: string; moves: Record<string, Move[]> }[] = [
  { section: 'Official Pretest', moves: { Ana: ['right', 'right', 'right'], Ben: ['right', 'wrong', 'right'], Cas: ['wrong', 'wrong', 'right'], Dee: ['wrong', 'right', 'wrong'] } },
  { section: 'Collect, Ingest, and Store Data', moves: { Ana: ['right', 'wrong', 'right'], Ben: ['wrong', 'wrong', 'right'], Cas: ['right', 'right', 'right'], Dee: ['wrong', 'wrong', 'wrong'] } },
  { section: 'Official Pretest', moves: { Ana: ['right', 'right', 'wrong'], Ben: ['right', 'right', 'right'], Cas: ['wrong', 'right', 'right'], Dee: ['right', 'wrong', 'wrong'] } },
];
const NAMES = Object.keys(GAMES[0]!.moves);

/** A wrong pick of as many options as the question wants. */
const wrongAnswers = (q: ParsedQuestion) => {
  const right = rightAnswers(q);
  return [...q.options.filter((o) => !o.correct), ...q.options.filter((o) => o.correct)].slice(0, right.length).map((o) => o.text);
};

interface StoredQuestion {
  id: string;
  key: string;
  section: string;
  stem: string;
}

async function newPhone(browser: Browser, invite: string, name: string): Promise<Phone> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(invite);
  const field = page.getByLabel('Your name in the group');
  await field.fill('x'.repeat(21));
  await expect(page.getByText('21 characters: at most 20, please.')).toBeVisible();
  await field.fill(name);
  await expect(page.getByText(`1 to 20 characters (${name.length} so far).`)).toBeVisible();
  await page.getByRole('button', { name: 'Join group' }).click();
  await expect(page.getByRole('heading', { name: `Hi ${name}` })).toBeVisible();
  return { name, context, page };
}

/** Each phone joins the room from its QR link; the name in the box is the member's, and the member key goes with it. */
async function joinRoom(phones: Phone[], code: string) {
  for (const phone of phones) {
    await phone.page.goto(`/join/${code}`);
    await expect(phone.page.getByLabel('Nickname')).toHaveValue(phone.name);
    await phone.page.getByRole('button', { name: 'Join game' }).click();
    await expect(phone.page.getByText("You're in!")).toBeVisible();
  }
}

/** Plays the host's open game: each question answered by every phone at once, then on to the podium. */
async function play(host: Page, phones: Phone[], questions: ParsedQuestion[], moves: (name: string, i: number) => Move) {
  await expect(host.getByRole('list', { name: 'Players' }).getByRole('listitem')).toHaveCount(phones.length);
  await host.getByRole('button', { name: 'Start game' }).click();
  for (const [i, q] of questions.entries()) {
    await expect(host.getByText(`0 of ${phones.length} answered`)).toBeVisible();
    await Promise.all(phones.map((phone) => answer(phone, moves(phone.name, i) === 'right' ? rightAnswers(q) : wrongAnswers(q))));
    await expect(host.getByRole('region', { name: 'Explanation' })).toBeVisible();
    await host.getByRole('button', { name: i === questions.length - 1 ? 'Show podium' : 'Next' }).click();
  }
  await expect(host.getByRole('heading', { name: 'Podium' })).toBeVisible();
}

async function answersStored(db: pg.Client, count: number) {
  await expect.poll(async () => Number((await db.query('SELECT count(*) FROM "MemberAnswer"')).rows[0].count), { message: 'memory records every answer' }).toBe(count);
}

/** A week passes: every stored time of the group moves back seven days, so the next game is a week later. */
async function aWeekPasses(db: pg.Client) {
  await db.query(`UPDATE "MemberCard" SET due = due - ${WEEK}, "lastReview" = "lastReview" - ${WEEK}`);
  await db.query(`UPDATE "MemberAnswer" SET at = at - ${WEEK}`);
  await db.query(`UPDATE "Game" SET "createdAt" = "createdAt" - ${WEEK}, "startedAt" = "startedAt" - ${WEEK}`);
}

/** With GROUP_SCREENSHOTS=1 the checked pages are saved for the docs, as docs/screenshots/group-NAME-THEME.png. */
const shots = process.env.GROUP_SCREENSHOTS === '1';

/** axe, nothing wider than the viewport, and the key controls in view, in the light and the dark theme. */
async function checkPage(page: Page, keys: Locator[], what: string, shot?: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    if (shots && shot) await page.screenshot({ path: `docs/screenshots/group-${shot}-${scheme}.png` });
    expect(await seriousViolations(page), `${what}, ${scheme}: axe`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${what}, ${scheme}: nothing wider than the viewport`).toBeLessThanOrEqual(0);
    await expectInViewport(page, keys, `${what}, ${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
}

test('a study group plays three weeks of games; due lists, mastery and the review game follow FSRS and the review rule', async ({ browser }) => {
  test.setTimeout(420_000);
  const db = await e2eDatabase();
  const seed = await seedQuestions();
  const organizer = await (await browser.newContext(LAPTOP)).newPage();

  // The organizer creates the group with the sample bank.
  await organizer.goto('/groups/new');
  await organizer.getByLabel('Group name').fill('Thursday ML prep');
  await organizer.getByLabel(/Exam it prepares for/).fill('AWS ML Engineer');
  for (const box of await organizer.getByRole('checkbox').all()) await box.setChecked(false);
  await organizer.getByRole('checkbox', { name: /^Sample Questions/ }).check();
  await organizer.getByRole('button', { name: 'Create group' }).click();
  await expect(organizer.getByRole('heading', { name: 'Thursday ML prep' })).toBeVisible();
  await expect(organizer.getByRole('img', { name: 'QR code of the invite link' })).toBeVisible();
  const invite = (await organizer.getByRole('link', { name: 'Invite link' }).getAttribute('href'))!;
  const groupUrl = organizer.url();

  const phones: Phone[] = [];
  for (const name of NAMES) phones.push(await newPhone(browser, invite, name));
  await organizer.reload();
  await expect(organizer.getByRole('heading', { name: 'Members (4)' })).toBeVisible();

  // Three games a week apart, hosted from the group page.
  let stored = 0;
  for (const game of GAMES) {
    const questions = seed.filter((q) => q.section === game.section).slice(0, 3);
    await organizer.goto(groupUrl);
    await organizer.getByRole('link', { name: 'Host a game for the group' }).click();
    await expect(organizer.getByText('For your study group')).toBeVisible();
    await organizer.getByRole('checkbox', { name: new RegExp(`^${game.section.replace(/[,]/g, '.')} \\(`) }).check();
    await organizer.getByLabel('Questions', { exact: true }).fill('3');
    await organizer.getByLabel('Seconds per question', { exact: true }).fill(String(SECONDS));
    await organizer.getByRole('checkbox', { name: 'Time to read first' }).setChecked(false);
    // Quick right answers with no confidence are rated Good, as the FSRS replay below assumes
    // (a confidence's ratings are tests/groups-games.test.ts's).
    await organizer.getByRole('checkbox', { name: 'Ask how sure' }).setChecked(false);
    await organizer.getByRole('button', { name: 'Create room' }).click();
    const code = (await organizer.getByLabel('Room code', { exact: true }).textContent())!.trim();
    await joinRoom(phones, code);
    await play(organizer, phones, questions, (name, i) => game.moves[name]![i]!);
    stored += phones.length * questions.length;
    await answersStored(db, stored);
    await aWeekPasses(db);
  }

  // What FSRS itself makes of each member's answers, at the times stored (a week apart).
  const rows = (
    await db.query<{ name: string; questionKey: string; correct: boolean; responseMs: number; at: Date }>(
      'SELECT m.name, a."questionKey", a.correct, a."responseMs", a.at FROM "MemberAnswer" a JOIN "Member" m ON m.id = a."memberId" ORDER BY a.at',
    )
  ).rows;
  const given = GAMES.flatMap((g) => NAMES.flatMap((n) => g.moves[n]!)).filter((m) => m === 'right').length;
  expect(rows.filter((r) => r.correct)).toHaveLength(given);
  // Every answer came at once: none slow enough (the last third of the clock) to rate Hard.
  for (const row of rows) expect(row.responseMs).toBeLessThan((SECONDS * 1000 * 2) / 3);
  const cards = new Map<string, Map<string, Card>>(NAMES.map((n) => [n, new Map()]));
  for (const row of rows) {
    const mine = cards.get(row.name)!;
    const card: Card = mine.get(row.questionKey) ?? createEmptyCard<Card>(row.at);
    mine.set(row.questionKey, scheduler.next(card, row.at, row.correct ? Rating.Good : Rating.Again).card);
  }
  const questions = (
    await db.query<StoredQuestion>(
      `SELECT q.id, q.key, q.section, q.stem FROM "Question" q JOIN "Bank" b ON b.id = q."bankId"
       WHERE b.title = 'Sample Questions' AND b.version = (SELECT max(version) FROM "Bank" WHERE slug = b.slug) ORDER BY q.position`,
    )
  ).rows;
  const now = new Date();
  const dueOf = (name: string) => questions.filter((q) => (cards.get(name)!.get(q.key)?.due.getTime() ?? Infinity) <= now.getTime());

  // Each phone's due list is FSRS's.
  for (const phone of phones) {
    const expected = dueOf(phone.name);
    await phone.page.goto(groupUrl);
    await expect(phone.page.getByRole('heading', { name: `Due today: ${expected.length} question` })).toBeVisible();
    const shown = await phone.page.evaluate(async (groupPath) => {
      const key = Object.entries(localStorage).find(([k]) => k.startsWith('cramjam:group-member:'))![1];
      const response = await fetch(`/api/groups${groupPath}/due`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key: JSON.parse(key).key }) });
      return ((await response.json()) as { questions: { id: string }[] }).questions.map((q) => q.id);
    }, new URL(groupUrl).pathname.replace('/groups', ''));
    expect(shown.sort(), `${phone.name}'s due questions`).toEqual(expected.map((q) => q.id).sort());
  }

  // The organizer's mastery per section: each member's mean chance of recall per section (unplayed questions 0), averaged.
  const sections = [...new Set(questions.map((q) => q.section))];
  const mastery = (name: string, section: string) => {
    const inSection = questions.filter((q) => q.section === section);
    const total = inSection.reduce((sum, q) => {
      const card = cards.get(name)!.get(q.key);
      return sum + (card ? scheduler.get_retrievability(card, now, false) : 0);
    }, 0);
    return Math.round((100 * total) / inSection.length);
  };
  await organizer.goto(groupUrl);
  const bars = organizer.getByRole('list', { name: 'The group’s mastery per section' }).getByRole('listitem');
  for (const [i, section] of sections.entries()) {
    const expected = Math.round(NAMES.reduce((sum, n) => sum + mastery(n, section), 0) / NAMES.length);
    await expect(bars.nth(i)).toContainText(`${section}`);
    await expect(bars.nth(i)).toContainText(`${expected} %`);
  }
  const table = organizer.getByRole('table', { name: /Mastery per member and section/ });
  for (const name of NAMES) {
    const cells = table.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');
    for (const [i, section] of sections.entries()) await expect(cells.nth(i)).toContainText(`${mastery(name, section)} %`);
  }
  await expect(organizer.getByText('Members with questions due')).toBeVisible();

  // Layout and axe on the group pages: a member's phone, and the organizer's laptop.
  const ana = phones[0]!.page;
  await checkPage(ana, [ana.getByRole('heading', { name: /^Due today/ }), ana.getByRole('link', { name: 'Practise them now' })], 'member page 360x640', 'member');
  const heading = (name: string) => organizer.getByRole('heading', { name, exact: true });
  await checkPage(organizer, [heading('Thursday ML prep'), organizer.getByRole('link', { name: 'Host a game for the group' }), heading('Mastery per section'), heading('Most missed')], 'organizer page 1920x1080', 'organizer');
  await organizer.setViewportSize({ width: 1280, height: 720 });
  await checkPage(organizer, [heading('Thursday ML prep'), organizer.getByRole('link', { name: 'Host a game for the group' }), heading('Mastery per section')], 'organizer page 1280x720', 'organizer-1280');
  await organizer.setViewportSize(LAPTOP.viewport);

  // The review game: the picks are the review rule's, from the FSRS schedules and the answers given.
  const stats = (games: typeof GAMES) => {
    const out = new Map<string, { answers: number; misses: number }>();
    for (const game of games) {
      const played = seed.filter((q) => q.section === game.section).slice(0, 3);
      for (const [i, q] of played.entries()) {
        const key = questions.find((s) => s.stem === q.stem)!.key;
        const entry = out.get(key) ?? { answers: 0, misses: 0 };
        for (const name of NAMES) {
          entry.answers += 1;
          if (game.moves[name]![i] === 'wrong') entry.misses += 1;
        }
        out.set(key, entry);
      }
    }
    return out;
  };
  const dueCount = new Map<string, number>();
  for (const name of NAMES) for (const q of dueOf(name)) dueCount.set(q.key, (dueCount.get(q.key) ?? 0) + 1);
  const expectedPicks = pickReviewQuestions({ questions, dueCount, players: NAMES.length, answers: stats(GAMES), lastGame: stats(GAMES.slice(-1)), count: 10 });
  const review = organizer.getByRole('region', { name: 'Review game' });
  await organizer.getByRole('link', { name: 'Review game', exact: true }).click();
  await expect(review.getByLabel('Questions')).toHaveValue('10');
  await review.getByLabel('Seconds per question').fill(String(SECONDS));
  await review.getByRole('checkbox', { name: 'Time to read first' }).uncheck();
  await review.getByRole('button', { name: 'Pick questions' }).click();
  const picked = review.getByRole('list', { name: 'Picked questions' }).getByRole('listitem');
  await expect(picked).toHaveCount(expectedPicks.length);
  for (const [i, pick] of expectedPicks.entries()) {
    await expect(picked.nth(i)).toContainText(pick.stem.replace(/\s+/g, ' ').slice(0, 50));
    await expect(picked.nth(i)).toContainText(pick.reason);
  }
  expect(expectedPicks.some((p) => p.reason.startsWith('due for'))).toBe(true);
  await heading('Review game').scrollIntoViewIfNeeded();
  await organizer.evaluate(() => document.getElementById('review-heading')!.scrollIntoView());
  await checkPage(organizer, [heading('Review game'), review.getByRole('button', { name: /^Host it/ })], 'review setup 1920x1080', 'review');

  await review.getByRole('button', { name: /^Host it/ }).click();
  const code = (await organizer.getByLabel('Room code', { exact: true }).textContent())!.trim();
  await joinRoom(phones, code);
  const reviewQuestions = expectedPicks.map((p) => seed.find((q) => q.stem === questions.find((s) => s.id === p.id)!.stem)!);
  await play(organizer, phones, reviewQuestions, () => 'right');
  await answersStored(db, stored + phones.length * reviewQuestions.length);
  await db.end();
});
