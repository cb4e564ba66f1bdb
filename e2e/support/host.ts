import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The host creates a room from the home page with the shipped bank, in bank order; returns its code.
 * "Time to read first" is unticked unless asked for: most specs are about the answers and play them at once.
 */
export async function createRoom(host: Page, questions: number, seconds = 60, { readFirst = false } = {}): Promise<string> {
  await host.goto('/');
  await host.getByRole('link', { name: 'Host a game' }).click();
  await expect(host.getByLabel('Question bank', { exact: true })).toHaveValue(/.+/);
  await host.getByLabel('Questions', { exact: true }).fill(String(questions));
  await host.getByLabel('Seconds per question', { exact: true }).fill(String(seconds));
  await host.getByRole('checkbox', { name: 'Time to read first' }).setChecked(readFirst);
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
