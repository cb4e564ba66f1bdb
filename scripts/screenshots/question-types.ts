import { expect, test, type Page } from '@playwright/test';
import { joinFromPhone } from '../../e2e/support/players';
import { answerRight, createStudySetRoom, match, order, pairsOf, studySet } from '../../e2e/support/study-set';

// Not a test: the study set's exam-style rounds (matching, ordering, type the
// answer, a case study), host on a 1920x1080 projector and a 360x640 phone,
// photographed for the README and docs/playing.md.

const DIR = 'docs/screenshots';
const shot = (page: Page, name: string) => page.screenshot({ path: `${DIR}/${name}.png`, animations: 'disabled' });

test('question type screenshots', async ({ browser, page: host }) => {
  test.setTimeout(180_000);
  const section = 'Deployment and operations';
  const questions = await studySet(section);
  await host.setViewportSize({ width: 1920, height: 1080 });
  const code = await createStudySetRoom(host, { sections: [section], seconds: 90 });
  const ada = await joinFromPhone(browser, code, 'Ada', 'Moto G4');
  const bo = await joinFromPhone(browser, code, 'Bo', 'Moto G4');
  await host.getByRole('button', { name: 'Start game' }).click();
  const done = new Set<string>();
  for (const [i, q] of questions.entries()) {
    await expect(host.getByText(`Question ${i + 1} of ${questions.length}`)).toBeVisible();
    const name = q.caseStudy ? 'case-study' : q.type;
    const photograph = !done.has(name) && name !== 'choice' && name !== 'truefalse';
    if (photograph) {
      done.add(name);
      await host.waitForTimeout(600); // the tiles' pop-in
      await shot(host, `host-question-${name}`);
      if (q.type === 'matching') await match(ada, pairsOf(q).slice(0, 2));
      if (q.type === 'ordering') await order(ada, q.options.slice(0, 2).map((o) => o.text));
      if (q.type === 'typed') await ada.page.getByLabel('Your answer').fill('sagemaker neo');
      await shot(ada.page, `phone-${name}`);
    }
    await answerRight(bo, q);
    if (photograph && q.type !== 'typed') {
      await shot(bo.page, `phone-answered-${name}`);
    }
    if (q.type === 'typed' && !q.caseStudy) await ada.page.getByLabel('Your answer').fill('Elastic Inference');
    if (q.type === 'typed' && !q.caseStudy) await ada.page.getByRole('button', { name: 'Submit answer' }).click();
    else await answerRight(ada, q);
    await expect(host.getByRole('heading', { name: 'Leaderboard' })).toBeVisible();
    if (photograph) {
      await host.waitForTimeout(1000); // bars and leaderboard settle
      await shot(host, `host-reveal-${name}`);
      await shot(ada.page, `phone-reveal-${name}`);
    }
    if (i + 1 < questions.length) await host.getByRole('button', { name: 'Next' }).click();
  }
  for (const phone of [ada, bo]) await phone.context.close();
});
