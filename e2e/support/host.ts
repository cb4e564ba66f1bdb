import { expect, type Locator, type Page } from '@playwright/test';

/** The setup form's scoring radios. */
const SCORING = { accuracy: 'Accuracy only', certainty: 'Certainty-based' } as const;

/**
 * The host creates a room from the home page with the shipped bank, in bank order; returns its code.
 * "Time to read first" is unticked unless asked for: most specs are about the answers and play them at once.
 * "Ask how sure" stays as the form sets it (on); `scoring` picks accuracy-only (equal scores for equal answers) or certainty-based
 * scoring; `holdSplit` ticks "Discuss when the room splits".
 */
export async function createRoom(
  host: Page,
  questions: number,
  seconds = 60,
  { readFirst = false, scoring, holdSplit = false }: { readFirst?: boolean; scoring?: keyof typeof SCORING; holdSplit?: boolean } = {},
): Promise<string> {
  await host.goto('/');
  await host.getByRole('link', { name: 'Host a game' }).click();
  await expect(host.getByLabel('Question bank', { exact: true })).toHaveValue(/.+/);
  await host.getByLabel('Questions', { exact: true }).fill(String(questions));
  await host.getByLabel('Seconds per question', { exact: true }).fill(String(seconds));
  await host.getByRole('checkbox', { name: 'Time to read first' }).setChecked(readFirst);
  if (scoring) await host.getByRole('radio', { name: SCORING[scoring] }).check();
  if (holdSplit) await host.getByRole('checkbox', { name: 'Discuss when the room splits' }).check();
  await host.getByRole('button', { name: 'Create room' }).click();
  const code = (await host.getByLabel('Room code', { exact: true }).textContent())!.trim();
  expect(code).toMatch(/^\d{6}$/);
  return code;
}

/** Next during an open question asks first; this confirms it. */
export async function endRoundNow(host: Page): Promise<void> {
  await host.getByRole('button', { name: 'Next' }).click();
  await host.getByRole('alertdialog', { name: 'End this round now?' }).getByRole('button', { name: 'End round' }).click();
}

/** Fails unless every locator's box lies wholly inside the page's viewport (nothing to scroll to). */
export async function expectInViewport(page: Page, locators: Locator[], what: string): Promise<void> {
  const { width, height } = page.viewportSize()!;
  for (const [i, locator] of locators.entries()) {
    await expect
      .poll(async () => {
        const box = await locator.boundingBox();
        if (!box) return 'not shown';
        const inside = box.x >= -0.5 && box.y >= -0.5 && box.x + box.width <= width + 0.5 && box.y + box.height <= height + 0.5;
        return inside ? 'inside' : `at ${Math.round(box.x)},${Math.round(box.y)} size ${Math.round(box.width)}x${Math.round(box.height)}`;
      }, { message: `${what}: element ${i} inside ${width}x${height}` })
      .toBe('inside');
  }
}

/**
 * Fails unless every element `locator` finds is drawn whole: inside the viewport and inside each
 * ancestor that clips it (overflow other than visible on that axis), so none is cut or wrapped out of sight.
 */
export async function expectWhole(locator: Locator, what: string): Promise<void> {
  const where = () =>
    locator.evaluateAll((elements) =>
      elements.map((el, i) => {
        const box = el.getBoundingClientRect();
        const cut = (clip: { left: number; top: number; right: number; bottom: number }, x: boolean, y: boolean) =>
          (x && (box.left < clip.left - 0.5 || box.right > clip.right + 0.5)) || (y && (box.top < clip.top - 0.5 || box.bottom > clip.bottom + 0.5));
        if (cut({ left: 0, top: 0, right: innerWidth, bottom: innerHeight }, true, true)) return `${i} outside the viewport`;
        for (let parent = el.parentElement; parent; parent = parent.parentElement) {
          const style = getComputedStyle(parent);
          if (cut(parent.getBoundingClientRect(), style.overflowX !== 'visible', style.overflowY !== 'visible')) return `${i} cut by <${parent.tagName.toLowerCase()} class="${parent.className}">`;
        }
        return `${i} whole`;
      }),
    );
  const count = await locator.count();
  await expect.poll(where, { message: `${what}: every one of ${count} drawn whole` }).toEqual(Array.from({ length: count }, (_, i) => `${i} whole`));
}

/** Fails unless the last character of the reveal's question is drawn inside the part of the stem left in view. */
export async function expectStemEndShown(page: Page, what: string): Promise<void> {
  const where = () =>
    page.getByRole('region', { name: 'Question' }).evaluate((section) => {
      const texts: Text[] = [];
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) if (walker.currentNode.textContent!.trim()) texts.push(walker.currentNode as Text);
      const last = texts.at(-1);
      if (!last) return 'no text';
      const end = last.textContent!.trimEnd().length;
      const range = document.createRange();
      range.setStart(last, end - 1);
      range.setEnd(last, end);
      const char = range.getBoundingClientRect();
      // The nearest box that clips the stem is where it can be seen.
      let clip: Element = section;
      for (let el = last.parentElement; el && el !== section; el = el.parentElement) {
        if (getComputedStyle(el).overflow !== 'visible') {
          clip = el;
          break;
        }
      }
      const box = clip.getBoundingClientRect();
      const inside = char.top >= box.top - 1 && char.bottom <= box.bottom + 1 && char.height > 0;
      return inside ? 'shown' : `last character at ${Math.round(char.top)}-${Math.round(char.bottom)}, stem shown ${Math.round(box.top)}-${Math.round(box.bottom)}`;
    });
  await expect.poll(where, { message: `${what}: the end of the question is in view` }).toBe('shown');
}

/** The projector sizes every stage test covers, each with reduced motion off and on. */
export const STAGE_VIEWS = [
  { width: 1920, height: 1080, reducedMotion: 'no-preference' },
  { width: 1920, height: 1080, reducedMotion: 'reduce' },
  { width: 1280, height: 720, reducedMotion: 'no-preference' },
  { width: 1280, height: 720, reducedMotion: 'reduce' },
] as const;
export type StageView = (typeof STAGE_VIEWS)[number];

/** The least size of the reveal's text (explanation, answers, leaderboard, headline): 32 px at 1920x1080, 22 px at 1280x720. */
export const revealFloor = (view: { width: number }) => (view.width >= 1920 ? 32 : 22);

/**
 * The host's game watched in one page per view, all from the host's browser (its token): each screen
 * mounts afresh in every page at that page's size and motion, as on a projector, so the fit is measured
 * when the screen appears, not after a resize. The host's own page stays at 1920x1080 for the clicks.
 */
export async function watchStage(host: Page): Promise<{ view: StageView; page: Page }[]> {
  await host.setViewportSize(STAGE_VIEWS[0]);
  const views = [{ view: STAGE_VIEWS[0] as StageView, page: host }];
  for (const view of STAGE_VIEWS.slice(1)) {
    const page = await host.context().newPage();
    await page.setViewportSize(view);
    await page.emulateMedia({ reducedMotion: view.reducedMotion });
    await page.goto(host.url());
    views.push({ view, page });
  }
  return views;
}

export const viewName = (view: StageView) => `${view.width}x${view.height}${view.reducedMotion === 'reduce' ? ' reduced motion' : ''}`;

/** Fails unless the reveal's answers end no lower than the explanation column beside them. */
export async function expectAnswersInRow(page: Page, answers: Locator, what: string): Promise<void> {
  const bottom = async (l: Locator) => {
    const box = (await l.boundingBox())!;
    return Math.round(box.y + box.height);
  };
  const explanation = page.getByRole('region', { name: 'Explanation' });
  await expect.poll(async () => (await bottom(answers)) - (await bottom(explanation)), { message: `${what}: px the answers run below the explanation` }).toBeLessThanOrEqual(1);
}

/** The reveal's text at or above its floor: the explanation, the headline, the answers and the leaderboard. */
export async function expectRevealFloors(host: Page, view: { width: number }, where: string): Promise<void> {
  const floor = revealFloor(view);
  for (const selector of ['[aria-label="Explanation"] .markdown', '[data-slot="answers"] [role="status"]', '[data-slot="answers"] li', '[aria-labelledby="leaderboard"] li']) {
    if ((await host.locator(selector).count()) === 0) continue; // a typed answer's reveal may list no answers
    expect(await fontSize(host, selector), `${selector} font size, ${where}`).toBeGreaterThanOrEqual(floor);
  }
}

/** The computed font size of the first element `selector` finds. */
export async function fontSize(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}
