import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe-core's serious and critical findings on the page as it is now, once its colours have settled.
 * `clockPaused`: axe runs wholly inside the page. By default it finishes in a new page of the same
 * context, whose clock a paused context clock holds (the check then never ends).
 */
export async function seriousViolations(page: Page, { clockPaused = false } = {}): Promise<string[]> {
  await transitionsEnded(page);
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(clockPaused).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Waits for the page's finite transitions and animations to end. A theme switch changes every colour,
 * and with reduced motion every property transitions (for 1 ms): on a busy machine axe could otherwise
 * read a colour of the old theme on a background of the new one.
 */
async function transitionsEnded(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}
