import { expect, test, type Page } from '@playwright/test';
import { createRoom, expectInViewport } from './support/host';
import { answer, joinFromPhone } from './support/players';
import { aWrongAnswer, rightAnswers, seedQuestions } from './support/seed-bank';

// The projector and the phone, measured: for every question of the shipped bank,
// the stem, every option and the clock (and a multi-select's Submit) are inside
// the viewport at 1920x1080, 1280x720 and on a 360x640 phone, with no scrolling;
// from across a room the stem is at least 36 px on a 1080p projector.

const HOST_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

async function fontSize(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
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
    }
    await host.setViewportSize(HOST_SIZES[0]!);
    await host.getByRole('button', { name: i + 1 === questions.length ? 'Show podium' : 'Next' }).click();
  }
  await expect(host.getByRole('heading', { name: 'Podium' })).toBeVisible();
  await phone.context.close();
});
