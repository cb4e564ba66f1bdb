import { loadBankFile } from '../../server/banks/load';
import type { ParsedQuestion } from '../../server/banks/types';

/** The shipped seed bank as the server imports it, so tests know the right and a wrong answer per question. */
export async function seedQuestions(): Promise<ParsedQuestion[]> {
  const result = await loadBankFile('content/aws-ml-engineer-sample-questions.md');
  if (!result.bank) throw new Error('the shipped bank does not parse');
  return result.bank.questions;
}

export const rightAnswers = (q: ParsedQuestion) => q.options.filter((o) => o.correct).map((o) => o.text);
export const aWrongAnswer = (q: ParsedQuestion) => q.options.find((o) => !o.correct)!.text;

/** The first words of the explanation as shown (markdown emphasis removed), to find it on screen. */
export const explanationStart = (q: ParsedQuestion) => q.explanation.replace(/[*_`]/g, '').slice(0, 60);
