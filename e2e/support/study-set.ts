import { expect, type Page } from '@playwright/test';
import { loadBankFile } from '../../server/banks/load';
import type { ParsedQuestion } from '../../server/banks/types';
import { answer, type Phone } from './players';

/** The shipped study set (every question type) as the server imports it, optionally one section. */
export async function studySet(section?: string): Promise<ParsedQuestion[]> {
  const result = await loadBankFile('content/aws-ml-engineer-study-set.md');
  if (!result.bank) throw new Error('the study set does not parse');
  return result.bank.questions.filter((q) => !section || q.section === section);
}

/** The host creates a room from the study set (some sections, or all), in bank order, reading off unless asked; returns its code. */
export async function createStudySetRoom(
  host: Page,
  { sections = [], seconds = 90, accuracyOnly = false, readFirst = false }: { sections?: string[]; seconds?: number; accuracyOnly?: boolean; readFirst?: boolean } = {},
): Promise<string> {
  await host.goto('/');
  await host.getByRole('link', { name: 'Host a game' }).click();
  const bankSelect = host.getByLabel('Question bank', { exact: true });
  await bankSelect.selectOption((await bankSelect.locator('option', { hasText: 'Study set' }).getAttribute('value'))!);
  for (const section of sections) await host.getByRole('checkbox', { name: new RegExp(`^${section}`) }).check();
  await host.getByLabel('Seconds per question', { exact: true }).fill(String(seconds));
  if (accuracyOnly) await host.getByRole('radio', { name: /Accuracy only/ }).check();
  await host.getByRole('checkbox', { name: 'Time to read first' }).setChecked(readFirst);
  await host.getByRole('button', { name: 'Create room' }).click();
  const code = (await host.getByLabel('Room code', { exact: true }).textContent())!.trim();
  expect(code).toMatch(/^\d{6}$/);
  return code;
}

/** Presses a button (or a link) with the keyboard only: focus, then Enter. */
export async function press(page: Page, name: string, role: 'button' | 'link' = 'button') {
  await page.getByRole(role, { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

/** Places the items in this order, by tap or by keyboard. */
export async function order(phone: Phone, items: string[], keyboard = false) {
  for (const [i, item] of items.entries()) {
    const name = `${item}, place as step ${i + 1}`;
    if (keyboard) await press(phone.page, name);
    else await phone.page.getByRole('button', { name, exact: true }).click();
  }
}

/** Matches each prompt to its answer: the prompt, then the answer, by tap or by keyboard. */
export async function match(phone: Phone, pairs: [string, string][], keyboard = false) {
  for (const [prompt, answerText] of pairs) {
    if (keyboard) {
      await press(phone.page, prompt);
      await press(phone.page, answerText);
    } else {
      await phone.page.getByRole('button', { name: prompt, exact: true }).click();
      await phone.page.getByRole('group', { name: `Answers for ${prompt}` }).getByRole('button', { name: answerText, exact: true }).click();
    }
  }
}

export const pairsOf = (q: ParsedQuestion) => q.options.map((o): [string, string] => [o.text, o.match!]);
export const rightOf = (q: ParsedQuestion) => q.options.filter((o) => o.correct).map((o) => o.text);

/** Answers a question of any type right, by tap (over any half-built answer), and submits it. */
export async function answerRight(phone: Phone, q: ParsedQuestion) {
  const page = phone.page;
  if (q.type === 'ordering') {
    const undo = page.getByRole('button', { name: 'Undo' });
    while (await undo.isEnabled()) await undo.click(); // a half-built order starts again
    await order(phone, q.options.map((o) => o.text));
    await page.getByRole('button', { name: 'Submit order' }).click();
  } else if (q.type === 'matching') {
    await match(phone, pairsOf(q));
    await page.getByRole('button', { name: 'Submit matches' }).click();
  } else if (q.type === 'typed') {
    await page.getByLabel('Your answer').fill(q.options[0]!.text);
    await page.getByRole('button', { name: 'Submit answer' }).click();
  } else return answer(phone, rightOf(q));
  await expect(page.getByText('Answer received').or(page.getByRole('region', { name: 'Explanation' }))).toBeVisible();
}
