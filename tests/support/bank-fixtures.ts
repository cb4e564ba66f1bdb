// Spelling out a bank's parse in a test: the parts a player sees, the problems
// as "file:line: message", and the round trip through export.
import { expect } from 'vitest';
import { exportBankMarkdown } from '../../server/banks/export';
import { readBankText } from '../../server/banks/read-bank';
import type { BankResult } from '../../server/banks/types';

/** The parts a player sees, in a form a test can spell out: "*" marks a correct option. */
export const questionsOf = (result: BankResult) =>
  (result.importable?.questions ?? []).map((question) => ({
    line: question.line,
    section: question.section,
    stem: question.stem,
    options: question.options.map((option) => `${option.correct ? '*' : ''}${option.text}`),
    explanation: question.explanation,
  }));

export const problems = (issues: BankResult['errors']) => issues.map((issue) => `${issue.file ? `${issue.file}:` : ''}${issue.line}: ${issue.message}`);

const comparable = (result: BankResult) => ({
  title: result.importable?.title,
  sections: result.importable?.sections,
  questions: result.importable?.questions.map(({ line: _line, options, ...question }) => ({ ...question, options: options.map(({ text, correct }) => ({ text, correct })) })),
});

/** Exported as Cramjam markdown and read back, the bank has the same questions. */
export function expectRoundTrip(result: BankResult): void {
  expect(result.importable).toBeDefined();
  const back = readBankText(exportBankMarkdown(result.importable!), { fileName: 'exported.md' });
  expect(back.errors).toEqual([]);
  expect(comparable(back)).toEqual(comparable(result));
}
