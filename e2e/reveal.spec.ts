import { expect, test } from '@playwright/test';
import { createRoom, endRoundNow, expectWhole, fontSize, revealFloor, STAGE_VIEWS, viewName, watchStage } from './support/host';
import { answer, joinFromPhone } from './support/players';
import { rightAnswers, seedQuestions } from './support/seed-bank';
import { answerBySocket, joinSockets, leave } from './support/socket-players';

// The reveal read from the back of the room: the computed size of each of its
// parts at 1920x1080 and 1280x720 (reduced motion off and on), for the longest
// and the shortest question of the shipped bank, and the whole question a click away;
// players tied for the lead all on the leaderboard.

const PARTS = {
  headline: '[data-slot="answers"] [role="status"]',
  'answer bars': '[data-slot="answers"] li',
  explanation: '[aria-label="Explanation"] .markdown',
  'leaderboard rows': '[aria-labelledby="leaderboard"] li',
  ask: '[aria-label="Question"]',
};

test('every part of the reveal is at least 32 px at 1920x1080 and 22 px at 1280x720, for a long question and a short one', async ({ browser, page: host }) => {
  test.setTimeout(120_000);
  const questions = await seedQuestions();
  const length = (i: number) => questions[i]!.stem.length + questions[i]!.explanation.length;
  const byLength = questions.map((_, i) => i).sort((a, b) => length(a) - length(b));
  const picks = { short: byLength[0]!, long: byLength.at(-1)! };
  const code = await createRoom(host, Math.max(picks.short, picks.long) + 1, 120);
  const stages = await watchStage(host);
  const phone = await joinFromPhone(browser, code, 'Ada', 'Moto G4');
  await host.getByRole('button', { name: 'Start game' }).click();
  const figures: string[] = [];

  for (let i = 0; i <= Math.max(picks.short, picks.long); i++) {
    const which = Object.entries(picks).find(([, at]) => at === i)?.[0];
    if (!which) {
      await expect(host.getByText(`Question ${i + 1} of`)).toBeVisible();
      await endRoundNow(host);
      await host.getByRole('button', { name: 'Next' }).click();
      continue;
    }
    await answer(phone, rightAnswers(questions[i]!));
    // The phone's choice reveal (Preact) heads its answers with the same count as the projector.
    await expect(phone.page.getByRole('region', { name: 'Answers' }).getByRole('status')).toHaveText('1 of 1 got it right');
    for (const { view, page } of stages) {
      await expect(page.getByRole('heading', { name: 'Leaderboard' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /^1 of 1 got it right$/ })).toBeVisible();
      await expect(page.locator(PARTS['leaderboard rows']).first()).toContainText('pts');
      const sizes: string[] = [];
      for (const [part, selector] of Object.entries(PARTS)) {
        const size = await fontSize(page, selector);
        sizes.push(`${part} ${size.toFixed(1)}`);
        expect(size, `${part}, ${which} question ${i + 1}, ${viewName(view)}`).toBeGreaterThanOrEqual(revealFloor(view));
      }
      figures.push(`${which} q${i + 1} ${viewName(view)}: ${sizes.join(', ')} px`);
    }
    // The whole question is a click away, and the reveal comes back.
    const whole = host.getByRole('button', { name: 'Whole question' });
    if (await whole.count()) {
      await whole.click();
      await expect(host.getByRole('dialog', { name: 'Whole question' })).toContainText(questions[i]!.stem.replace(/[*_`]/g, '').slice(0, 40));
      await host.keyboard.press('Escape');
      await expect(host.getByRole('dialog', { name: 'Whole question' })).toHaveCount(0);
    }
    if (i < Math.max(picks.short, picks.long)) await host.getByRole('button', { name: 'Next' }).click();
  }
  expect(figures).toHaveLength(2 * STAGE_VIEWS.length);
  console.log(figures.join('\n'));
  await phone.context.close();
});

test('players tied for the lead are all on the leaderboard, each row whole, at 1920x1080 and 1280x720', async ({ page: host }) => {
  test.setTimeout(120_000);
  const questions = await seedQuestions();
  // Accuracy only: the same right answers score the same. The bank's first questions have long answer lists,
  // which leave the leaderboard little height: a second row once wrapped into a column cut out of sight.
  const code = await createRoom(host, 2, 120, { scoring: 'accuracy' });
  const stages = await watchStage(host);
  const players = await joinSockets(code, ['Ada', 'Bo']);
  await host.getByRole('button', { name: 'Start game' }).click();
  for (let i = 0; i < 2; i++) {
    await expect(host.getByText(`Question ${i + 1} of`)).toBeVisible();
    for (const player of players) await answerBySocket(player, rightAnswers(questions[i]!));
    for (const { view, page } of stages) {
      const rows = page.locator(PARTS['leaderboard rows']);
      await expect(rows).toHaveText([/^1\s*Ada/, /^1\s*Bo/]);
      await expectWhole(rows, `the leaders' rows, question ${i + 1}, ${viewName(view)}`);
    }
    if (i === 0) await host.getByRole('button', { name: 'Next' }).click();
  }
  leave(players);
});
