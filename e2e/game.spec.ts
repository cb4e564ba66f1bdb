import { expect, test, type Page } from '@playwright/test';
import { aWrongAnswer, explanationStart, rightAnswers, seedQuestions } from './support/seed-bank';
import { createRoom, endRoundNow } from './support/host';
import { answer, joinFromPhone, recordVibrations, shownScore, vibrations, type Phone } from './support/players';

// A game night in miniature: a desktop host and three phones play three
// questions from the seed bank to the podium; one phone drops off the network
// mid-round, one reloads mid-round, and the host reloads mid-game.

async function expectReveal(host: Page, phones: Phone[], outcomes: Record<string, string>, explanation: string) {
  await expect(host.getByRole('region', { name: 'Explanation' })).toContainText(explanation);
  for (const phone of phones) {
    await expect(phone.page.getByText(outcomes[phone.name]!, { exact: true })).toBeVisible();
    await expect(phone.page.getByRole('region', { name: 'Explanation' })).toContainText(explanation);
  }
}

test('a host and three phones play three questions to the podium, surviving drops and reloads', async ({ browser, page: host }) => {
  const [q1, q2, q3] = await seedQuestions();
  const code = await createRoom(host, 3);

  const ada = await joinFromPhone(browser, code, 'Ada', 'Pixel 7', recordVibrations);
  const bo = await joinFromPhone(browser, code, 'Bo', 'Moto G4');
  const cy = await joinFromPhone(browser, code, 'Cy', 'iPhone 13');
  const phones = [ada, bo, cy];
  await expect(host.getByRole('list', { name: 'Players' }).getByRole('listitem')).toHaveCount(3);
  await host.getByRole('button', { name: 'Start game' }).click();

  // Round 1: everyone right, in the order Ada, Bo, Cy; the round closes as the last answer lands.
  await expect(host.getByText('0 of 3 answered')).toBeVisible();
  expect(await vibrations(ada)).toEqual([]);
  for (const phone of phones) await answer(phone, rightAnswers(q1!));
  await expectReveal(host, phones, { Ada: 'Correct', Bo: 'Correct', Cy: 'Correct' }, explanationStart(q1!));
  const buzzes = await vibrations(ada);
  expect(buzzes, '"Answer received" buzzes the phone once, and the reveal does not').toHaveLength(1);
  expect(buzzes[0]).toBeGreaterThan(0);
  expect(buzzes[0], 'a brief buzz, in ms').toBeLessThanOrEqual(200);
  const afterRound1 = { Ada: await shownScore(ada), Bo: await shownScore(bo), Cy: await shownScore(cy) };
  for (const score of Object.values(afterRound1)) expect(score).toBeGreaterThanOrEqual(500);
  expect(afterRound1.Ada).toBeGreaterThanOrEqual(afterRound1.Bo);
  expect(afterRound1.Bo).toBeGreaterThanOrEqual(afterRound1.Cy);
  await host.getByRole('button', { name: 'Next' }).click();

  // Round 2: Cy's phone loses the network before answering; Ada is right, Bo wrong; the host closes the round.
  await expect(cy.page.getByRole('button', { name: rightAnswers(q2!)[0] })).toBeVisible();
  await cy.context.setOffline(true);
  await answer(ada, rightAnswers(q2!));
  await answer(bo, [aWrongAnswer(q2!)]);
  await expect(host.getByText(/2 of \d answered/)).toBeVisible();
  await endRoundNow(host);
  await expectReveal(host, [ada, bo], { Ada: 'Correct', Bo: 'Incorrect' }, explanationStart(q2!));
  await cy.context.setOffline(false);
  await expect(cy.page.getByText('Round ended by the host', { exact: true })).toBeVisible({ timeout: 30_000 });
  expect(await shownScore(cy)).toBe(afterRound1.Cy); // score intact, streak reset
  await expect(cy.page.getByText('Streak 0')).toBeVisible();

  // The host reloads between rounds and gets the running game back, not a new one.
  await host.reload();
  await expect(host.getByRole('region', { name: 'Explanation' })).toContainText(explanationStart(q2!));
  await host.getByRole('button', { name: 'Next' }).click();

  // Round 3: Cy reloads mid-round and lands on the same question with time still running.
  await expect(cy.page.getByRole('button', { name: rightAnswers(q3!)[0] })).toBeVisible();
  await cy.page.reload();
  await expect(cy.page.getByText('Question 3 of 3')).toBeVisible();
  await expect(cy.page.getByRole('timer')).toHaveAccessibleName(/([3-5]\d|60) seconds left/);
  await answer(ada, rightAnswers(q3!));
  await answer(bo, rightAnswers(q3!));
  await answer(cy, rightAnswers(q3!));
  await expectReveal(host, phones, { Ada: 'Correct', Bo: 'Correct', Cy: 'Correct' }, explanationStart(q3!));
  const finalScores = { Ada: await shownScore(ada), Bo: await shownScore(bo), Cy: await shownScore(cy) };
  expect(finalScores.Ada).toBeGreaterThan(afterRound1.Ada + 1000); // two more right answers and a streak bonus
  await expect(ada.page.getByText('Streak 3')).toBeVisible();

  // The podium lists the players by their final scores; phones show their final rank.
  await host.getByRole('button', { name: 'Show podium' }).click();
  await expect(host.getByRole('heading', { name: 'Podium' })).toBeVisible();
  const byScore = Object.entries(finalScores).sort((a, b) => b[1] - a[1]).map(([name]) => name);
  const podium = host.getByRole('listitem');
  for (const [i, name] of byScore.entries()) await expect(podium.nth(i)).toContainText(name);
  await expect(ada.page.getByText(/You finished #1 of 3/)).toBeVisible();

  // The report, read back from Postgres, agrees with the podium; Bo's phone reviews the question it missed.
  await host.getByRole('link', { name: 'View results' }).click();
  await expect(host.getByRole('table', { name: /Standings/ }).getByRole('rowheader')).toHaveText(byScore);
  await bo.page.getByRole('link', { name: 'My answers' }).click();
  await expect(bo.page.getByRole('region', { name: 'Explanation, question 2' })).toContainText(explanationStart(q2!));
});
