import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ParsedQuestion } from '../server/banks/types';
import { createRoom, expectInViewport, expectStemEndShown } from './support/host';
import { answer, joinFromPhone } from './support/players';
import { aWrongAnswer, rightAnswers, seedQuestions } from './support/seed-bank';
import { answerRight, createStudySetRoom, match, order, pairsOf, studySet } from './support/study-set';

// The projector and the phone, measured: for every question of both shipped banks
// (the study set has every question type), the stem, every option, item, prompt,
// answer, text box and button and the clock are inside the viewport at 1920x1080,
// 1280x720 and on a 360x640 phone, with no scrolling; from across a room the stem
// is at least 36 px on a 1080p projector; the reveal's shortened question still
// shows its end, where the question is asked.

const HOST_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

/** Fails unless the reveal's answers end no lower than the explanation column beside them. */
async function expectAnswersInRow(page: Page, answers: Locator, what: string) {
  const bottom = async (l: Locator) => {
    const box = (await l.boundingBox())!;
    return Math.round(box.y + box.height);
  };
  const explanation = page.getByRole('region', { name: 'Explanation' });
  await expect.poll(async () => (await bottom(answers)) - (await bottom(explanation)), { message: `${what}: px the answers run below the explanation` }).toBeLessThanOrEqual(1);
}

async function fontSize(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

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
  test.setTimeout(240_000);
  const questions = await seedQuestions();
  await host.setViewportSize(HOST_SIZES[0]!);
  const code = await createRoom(host, questions.length, 120);
  const phone = await joinFromPhone(browser, code, 'Ada', 'Moto G4');
  expect(phone.page.viewportSize()).toEqual({ width: 360, height: 640 });
  await host.getByRole('button', { name: 'Start game' }).click();

  for (const [i, q] of questions.entries()) {
    const where = `question ${i + 1}`;
    await expect(host.getByText(`Question ${i + 1} of ${questions.length}`)).toBeVisible();
    for (const size of HOST_SIZES) {
      await host.setViewportSize(size);
      const options = host.getByRole('list', { name: 'Options' }).getByRole('listitem');
      await expect(options).toHaveCount(q.options.length);
      await expectInViewport(host, [host.getByRole('region', { name: 'Question' }), host.getByRole('timer'), host.getByRole('button', { name: 'Next' }), ...(await options.all())], `host ${size.width}x${size.height} ${where}`);
      if (size.width === 1920) {
        expect(await fontSize(host, '[aria-label="Question"]'), `stem font size, ${where}`).toBeGreaterThanOrEqual(36);
        expect(await fontSize(host, '[aria-label="Options"] li'), `option font size, ${where}`).toBeGreaterThanOrEqual(24);
      }
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
    await expect(host.getByRole('region', { name: 'Explanation' })).toBeVisible();
    for (const size of HOST_SIZES) {
      await host.setViewportSize(size);
      await expectInViewport(host, [host.getByRole('region', { name: 'Question' }), host.getByRole('list', { name: 'Answers' }), host.getByRole('region', { name: 'Explanation' }), host.getByRole('heading', { name: 'Leaderboard' })], `host reveal ${size.width}x${size.height} ${where}`);
      await expectStemEndShown(host, `host reveal ${size.width}x${size.height} ${where}`);
      await expectAnswersInRow(host, host.getByRole('list', { name: 'Answers' }), `host reveal ${size.width}x${size.height} ${where}`);
    }
    await host.setViewportSize(HOST_SIZES[0]!);
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
  test.setTimeout(300_000);
  const questions = await studySet();
  await host.setViewportSize(HOST_SIZES[0]!);
  const code = await createStudySetRoom(host, { seconds: 120 });
  const phone = await joinFromPhone(browser, code, 'Ada', 'Moto G4');
  const p = phone.page;
  await host.getByRole('button', { name: 'Start game' }).click();

  for (const [i, q] of questions.entries()) {
    const where = `study set question ${i + 1} (${q.type})`;
    await expect(host.getByText(`Question ${i + 1} of ${questions.length}`)).toBeVisible();
    const caseStudy = q.caseStudy ? [host.getByRole('region', { name: /^Case study/ })] : [];
    for (const size of HOST_SIZES) {
      await host.setViewportSize(size);
      const items = await host.locator('[data-slot="answers"] li').all();
      expect(items.length, `host items, ${where}`).toBe(q.type === 'typed' ? 0 : q.type === 'matching' ? q.options.length + new Set(q.options.map((o) => o.match)).size : q.options.length);
      const body = q.type === 'typed' ? [host.getByText('Type your answer on your phone.')] : items;
      await expectInViewport(host, [host.getByRole('region', { name: 'Question' }), host.getByRole('timer'), host.getByRole('button', { name: 'Next' }), ...caseStudy, ...body], `host ${size.width}x${size.height} ${where}`);
      if (size.width === 1920) {
        expect(await fontSize(host, '[aria-label="Question"]'), `stem font size, ${where}`).toBeGreaterThanOrEqual(36);
        if (items.length) expect(await fontSize(host, '[data-slot="answers"] li'), `item font size, ${where}`).toBeGreaterThanOrEqual(24);
        if (q.type === 'typed') expect(await fontSize(host, '[data-slot="answers"] p'), `"type your answer" font size, ${where}`).toBeGreaterThanOrEqual(36);
      }
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

    await expect(host.getByRole('heading', { name: 'Leaderboard' })).toBeVisible();
    const revealed = { ordering: 'Right order', matching: 'Right pairs', typed: 'Accepted answers' } as Record<string, string>;
    const answers = revealed[q.type] ? host.getByRole('region', { name: revealed[q.type] }) : host.getByRole('list', { name: 'Answers' });
    for (const size of HOST_SIZES) {
      await host.setViewportSize(size);
      await expectInViewport(host, [host.getByRole('region', { name: 'Question' }), answers, host.getByRole('region', { name: 'Explanation' }), host.getByRole('heading', { name: 'Leaderboard' })], `host reveal ${size.width}x${size.height} ${where}`);
      await expectStemEndShown(host, `host reveal ${size.width}x${size.height} ${where}`);
      await expectAnswersInRow(host, answers, `host reveal ${size.width}x${size.height} ${where}`);
    }
    await host.setViewportSize(HOST_SIZES[0]!);
    await host.getByRole('button', { name: i + 1 === questions.length ? 'Show podium' : 'Next' }).click();
  }
  await expect(host.getByRole('heading', { name: 'Podium' })).toBeVisible();
  await phone.context.close();
});
