import { devices, expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

export interface Phone {
  name: string;
  context: BrowserContext;
  page: Page;
}

/**
 * A phone-sized browser (a named device, or a screen size) that joins room `code` from the home page, as a person would;
 * `init` runs in its pages before the app does (a stub, say).
 */
export async function joinFromPhone(browser: Browser, code: string, name: string, device: keyof typeof devices | BrowserContextOptions, init?: () => void): Promise<Phone> {
  const context = await browser.newContext(typeof device === 'object' ? device : withoutBrowserType(devices[device]!));
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Room code').fill(code);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByLabel('Nickname').fill(name);
  await page.getByRole('button', { name: 'Join game' }).click();
  await expect(page.getByText("You're in!")).toBeVisible();
  return { name, context, page };
}

function withoutBrowserType({ defaultBrowserType: _ignored, ...profile }: (typeof devices)[string]): BrowserContextOptions {
  return profile;
}

/** Taps the answer button(s) whose text is given; a multi-select question also needs Submit. */
export async function answer(phone: Phone, texts: string[]): Promise<void> {
  for (const text of texts) await phone.page.getByRole('button', { name: text, exact: true }).click();
  if (texts.length > 1) await phone.page.getByRole('button', { name: 'Submit' }).click();
  // The last answer closes the round at once, so the reveal (or a split room's held round) may replace "Answer received" before we look.
  const received = phone.page.getByText('Answer received').or(phone.page.getByRole('region', { name: 'Explanation' })).or(phone.page.getByText('Answers are in'));
  await expect(received).toBeVisible();
}

/** Says how sure (one tap on the row; Guessing is the row's preset), then taps the answer(s). */
export async function answerAs(phone: Phone, confidence: 'Sure' | 'Unsure' | 'Guessing', texts: string[]): Promise<void> {
  if (confidence !== 'Guessing') await phone.page.getByRole('radio', { name: confidence, exact: true }).check();
  await answer(phone, texts);
}

/** The score a phone shows on its reveal screen. */
export async function shownScore(phone: Phone): Promise<number> {
  const text = await phone.page.getByText(/Score [\d,]+ pts/).textContent();
  return Number(/Score ([\d,]+) pts/.exec(text ?? '')![1]!.replaceAll(',', ''));
}

/** An `init` for joinFromPhone: navigator.vibrate only notes each pattern it is asked for, for `vibrations`. */
export function recordVibrations() {
  const patterns: (number | Iterable<number>)[] = [];
  Object.assign(window, { vibrations: patterns });
  navigator.vibrate = (pattern) => patterns.push(pattern) > 0;
}

/** The vibrations a phone with recordVibrations has asked for so far. */
export const vibrations = (phone: Phone) => phone.page.evaluate(() => (window as unknown as { vibrations: (number | number[])[] }).vibrations);
