import { expect, type Locator, type Page } from '@playwright/test';

/** The host creates a room from the home page with the shipped bank, in bank order; returns its code. */
export async function createRoom(host: Page, questions: number, seconds = 60): Promise<string> {
  await host.goto('/');
  await host.getByRole('link', { name: 'Host a game' }).click();
  await expect(host.getByLabel('Question bank', { exact: true })).toHaveValue(/.+/);
  await host.getByLabel('Questions', { exact: true }).fill(String(questions));
  await host.getByLabel('Seconds per question', { exact: true }).fill(String(seconds));
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
