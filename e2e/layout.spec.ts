import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ParsedQuestion } from '../server/banks/types';
import { createRoom, expectAnswersInRow, expectInViewport, expectRevealFloors, expectStemEndShown, fontSize, viewName, watchStage, type StageView } from './support/host';
import { answer, joinFromPhone } from './support/players';
import { aWrongAnswer, rightAnswers, seedQuestions } from './support/seed-bank';
import { answerRight, createStudySetRoom, match, order, pairsOf, studySet } from './support/study-set';

// The projector and the phone, measured: for every question of both shipped banks
// (the study set has every question type), the stem, every option, item, prompt,
// answer, text box and button and the clock are inside the viewport at 1920x1080
// and 1280x720, each with reduced motion off and on (four pages of the host's
// browser, each screen measured as it appears), and on a 360x640 phone, with no
// scrolling; from across a room the stem is at least 36 px on a 1080p projector
// (24 px at 720p) and the reveal's text 32 px (22 px); the reveal's question shows
// its ask whole and its leader.

/** The leaderboard's first row: however short its space, the leader is shown. */
const leader = (page: Page) => page.locator('[aria-labelledby="leaderboard"] li').first();

/** The question screen's floors: the stem 36 px at 1920x1080, scaled with the stage; tiles 24 px likewise. */
const stemFloor = (view: StageView) => (36 * view.width) / 1920;
const tileFloor = (view: StageView) => (24 * view.width) / 1920;

let foldedStems = 0;

/** A stem folded on the phone offers "Show whole question", which shows all of it and goes back. */
async function expectFoldedStemOpens(p: Page, where: string) {
  const stem = p.getByRole('region', { name: 'Question' });
  const open = p.getByRole('button', { name: 'Show whole question' });
  // The stem's markdown may render a moment after the question: the fold is read once it has.
  await expect(stem.locator('.markdown > *').first()).toBeAttached();
  // The scenario before the ask folds (data-fold), the ask stays whole.
  const cut = await stem.evaluate((el) => [...el.querySelectorAll('[data-fold]')].some((part) => part.scrollHeight > part.clientHeight + 1));
  if (!cut) return expect(open, `no "Show whole question" on a whole stem, ${where}`).toHaveCount(0);
  foldedStems += 1;
  await expect(open, `"Show whole question" on a cut stem, ${where}`).toBeVisible();
  await open.click();
  const whole = p.getByRole('dialog', { name: 'Whole question' });
  const lastWords = (await stem.innerText()).trim().split(/\s+/).slice(-3).join(' ');
  await expect(whole).toContainText(lastWords);
  await expect(whole.getByRole('button', { name: 'Back to the answers' })).toBeInViewport();
  await whole.getByRole('button', { name: 'Back to the answers' }).click();
  await expect(whole).toHaveCount(0);
}

test('every question of the shipped bank fits the host at 1920x1080 and 1280x720 and a 360x640 phone', async ({ browser, page: host }) => {
  test.setTimeout(480_000); // four host pages and a phone through 20 rounds, on a shared machine
  const questions = await seedQuestions();
  const code = await createRoom(host, questions.length, 120);
  const stages = await watchStage(host);
  const phone = await joinFromPhone(browser, code, 'Ada', 'Moto G4');
  expect(phone.page.viewportSize()).toEqual({ width: 360, height: 640 });
  await host.getByRole('button', { name: 'Start game' }).click();

  for (const [i, q] of questions.entries()) {
    const where = `question ${i + 1}`;
    for (const { view, page } of stages) {
      await expect(page.getByText(`Question ${i + 1} of ${questions.length}`)).toBeVisible();
      const options = page.getByRole('list', { name: 'Options' }).getByRole('listitem');
      await expect(options).toHaveCount(q.options.length);
      await expectInViewport(page, [page.getByRole('region', { name: 'Question' }), page.getByRole('timer'), page.getByRole('button', { name: 'Next' }), ...(await options.all())], `host ${viewName(view)} ${where}`);
      expect(await fontSize(page, '[aria-label="Question"]'), `stem font size, ${viewName(view)} ${where}`).toBeGreaterThanOrEqual(stemFloor(view));
      expect(await fontSize(page, '[aria-label="Options"] li'), `option font size, ${viewName(view)} ${where}`).toBeGreaterThanOrEqual(tileFloor(view));
    }

    const p = phone.page;
    const buttons = q.options.map((o) => p.getByRole('button', { name: o.text, exact: true }));
    const submit = q.select > 1 ? [p.getByRole('button', { name: 'Submit' })] : [];
    await expectInViewport(p, [p.getByRole('region', { name: 'Question' }), p.getByRole('timer'), ...buttons, ...submit], `phone ${where}`);
    expect(await p.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight), `phone page does not scroll, ${where}`).toBe(true);
    expect(await fontSize(p, '[data-slot="answers"] button'), `phone option font size, ${where}`).toBeGreaterThanOrEqual(13);
    await expectFoldedStemOpens(p, where);

    if (q.select > 1) {
      // Multi-select: each pick is ticked and counted; a pick too many says why it did nothing.
      const [first, second] = rightAnswers(q);
      await p.getByRole('button', { name: first, exact: true }).click();
      await expect(p.getByRole('button', { name: `${first} 1 of ${q.select} chosen` })).toHaveAttribute('aria-pressed', 'true');
      await p.getByRole('button', { name: second, exact: true }).click();
      await p.getByRole('button', { name: aWrongAnswer(q), exact: true }).click();
      await expect(p.getByRole('status')).toHaveText(`You have chosen ${q.select}: tap a chosen answer to unpick it, or Submit.`);
      await expect(p.getByRole('button', { pressed: true })).toHaveCount(q.select);
      await p.getByRole('button', { name: 'Submit' }).click();
    } else {
      await answer(phone, rightAnswers(q));
    }
    for (const { view, page } of stages) {
      const at = `host reveal ${viewName(view)} ${where}`;
      await expect(page.getByRole('region', { name: 'Explanation' })).toBeVisible();
      await expectInViewport(page, [page.getByRole('region', { name: 'Question' }), page.getByRole('list', { name: 'Answers' }), page.getByRole('region', { name: 'Explanation' }), page.getByRole('heading', { name: 'Leaderboard' }), leader(page)], at);
      await expectStemEndShown(page, at);
      await expectAnswersInRow(page, page.getByRole('list', { name: 'Answers' }), at);
      await expectRevealFloors(page, view, at);
    }
    await host.getByRole('button', { name: i + 1 === questions.length ? 'Show podium' : 'Next' }).click();
  }
  await expect(host.getByRole('heading', { name: 'Podium' })).toBeVisible();
  expect(foldedStems, 'questions whose stem the phone folds').toBeGreaterThan(0);
  await phone.context.close();
});


/** Every control a phone shows for a question, found by role and name: items, prompts, answers, text box, buttons. */
async function phoneControls(p: Page, q: ParsedQuestion): Promise<Locator[]> {
  const button = (name: string) => p.getByRole('button', { name, exact: true });
  if (q.type === 'ordering') {
    const rows = [...(await p.getByRole('list', { name: 'Your order' }).getByRole('listitem').all()), ...(await p.getByRole('group', { name: 'Items to place' }).getByRole('button').all())];
    expect(rows).toHaveLength(q.options.length);
    return [...rows, button('Undo'), button('Submit order')];
  }
  if (q.type === 'matching') {
    const prompts = await p.getByRole('list', { name: 'Pairs' }).getByRole('button').all();
    const answers = await p.getByRole('group', { name: /^Answers for / }).getByRole('button').all();
    expect(prompts).toHaveLength(q.options.length);
    expect(answers).toHaveLength(new Set(q.options.map((o) => o.match)).size);
    return [...prompts, ...answers, button('Clear'), button('Submit matches')];
  }
  if (q.type === 'typed') return [p.getByLabel('Your answer'), button('Submit answer')];
  return [...q.options.map((o) => button(o.text)), ...(q.select > 1 ? [button('Submit')] : [])];
}

test('every question of the study set, of every type, fits the host at 1920x1080 and 1280x720 and a 360x640 phone', async ({ browser, page: host }) => {
  test.setTimeout(600_000); // four host pages and a phone through 22 rounds, on a shared machine
  const questions = await studySet();
  const code = await createStudySetRoom(host, { seconds: 120 });
  const stages = await watchStage(host);
  const phone = await joinFromPhone(browser, code, 'Ada', 'Moto G4');
  const p = phone.page;
  await host.getByRole('button', { name: 'Start game' }).click();

  for (const [i, q] of questions.entries()) {
    const where = `study set question ${i + 1} (${q.type})`;
    for (const { view, page } of stages) {
      const at = `host ${viewName(view)} ${where}`;
      await expect(page.getByText(`Question ${i + 1} of ${questions.length}`)).toBeVisible();
      const caseStudy = q.caseStudy ? [page.getByRole('region', { name: /^Case study/ })] : [];
      const items = await page.locator('[data-slot="answers"] li').all();
      expect(items.length, `host items, ${at}`).toBe(q.type === 'typed' ? 0 : q.type === 'matching' ? q.options.length + new Set(q.options.map((o) => o.match)).size : q.options.length);
      const body = q.type === 'typed' ? [page.getByText('Type your answer on your phone.')] : items;
      await expectInViewport(page, [page.getByRole('region', { name: 'Question' }), page.getByRole('timer'), page.getByRole('button', { name: 'Next' }), ...caseStudy, ...body], at);
      expect(await fontSize(page, '[aria-label="Question"]'), `stem font size, ${at}`).toBeGreaterThanOrEqual(stemFloor(view));
      if (items.length) expect(await fontSize(page, '[data-slot="answers"] li'), `item font size, ${at}`).toBeGreaterThanOrEqual(tileFloor(view));
      if (q.type === 'typed') expect(await fontSize(page, '[data-slot="answers"] p'), `"type your answer" font size, ${at}`).toBeGreaterThanOrEqual(stemFloor(view));
    }

    const phoneCaseStudy = q.caseStudy ? [p.getByRole('region', { name: /^Case study/ })] : [];
    const fits = async (when: string) => {
      await expectInViewport(p, [p.getByRole('timer'), p.getByRole('region', { name: 'Question' }), ...phoneCaseStudy, ...(await phoneControls(p, q))], `phone ${where}${when}`);
      expect(await p.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight), `phone page does not scroll, ${where}${when}`).toBe(true);
    };
    await fits('');
    // Half an order or half the pairs: the placed rows and the pairs stay in view too.
    if (q.type === 'ordering') {
      await order(phone, q.options.slice(0, Math.ceil(q.options.length / 2)).map((o) => o.text));
      await fits(', half placed');
      for (let n = 0; n < Math.ceil(q.options.length / 2); n++) await p.getByRole('button', { name: 'Undo' }).click();
    }
    if (q.type === 'matching') {
      await match(phone, pairsOf(q).slice(0, Math.ceil(q.options.length / 2)));
      await fits(', half matched');
      await p.getByRole('button', { name: 'Clear' }).click();
      expect(await fontSize(p, '[data-slot="answers"] [aria-label="Pairs"] button'), `phone prompt font size, ${where}`).toBeGreaterThanOrEqual(11);
    }
    await answerRight(phone, q);

    const revealed = { ordering: 'Right order', matching: 'Right pairs', typed: 'Accepted answers' } as Record<string, string>;
    for (const { view, page } of stages) {
      const at = `host reveal ${viewName(view)} ${where}`;
      await expect(page.getByRole('heading', { name: 'Leaderboard' })).toBeVisible();
      const answers = revealed[q.type] ? page.getByRole('region', { name: revealed[q.type] }) : page.getByRole('list', { name: 'Answers' });
      await expectInViewport(page, [page.getByRole('region', { name: 'Question' }), answers, page.getByRole('region', { name: 'Explanation' }), page.getByRole('heading', { name: 'Leaderboard' }), leader(page)], at);
      await expectStemEndShown(page, at);
      await expectAnswersInRow(page, answers, at);
      await expectRevealFloors(page, view, at);
    }
    await host.getByRole('button', { name: i + 1 === questions.length ? 'Show podium' : 'Next' }).click();
  }
  await expect(host.getByRole('heading', { name: 'Podium' })).toBeVisible();
  await phone.context.close();
});
