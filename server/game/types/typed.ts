import type { QuestionKind } from '../question-types';

/**
 * Type the answer: free text compared with the accepted answers (the
 * options, all correct, never shown before the reveal) ignoring case, accents
 * and spaces. The reveal shows the accepted answers and counts the wrong
 * answers given, grouped the same way. Answers are player input: capped here,
 * shown as text (never markup) wherever they appear. In markdown, an
 * "Answer: text | variant | …" paragraph under the question.
 */

export const TYPED_MAX = 100;
/** how many of the most common wrong answers a reveal and a report show */
export const TYPED_WRONG_SHOWN = 5;

const ANSWER = /^answer\s*:/i;

/** "Amazon  SageMaker", "amazon sagemaker" and "Amazón SageMaker" compare equal; so do trailing stops. */
export function typedKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, '').replace(/[.!]+$/, '');
}

export const typed: QuestionKind = {
  shown: () => ({ options: [], matches: [] }),
  accept(_q, input) {
    const text = (input.text ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
    if (!typedKey(text)) return { error: 'Type an answer first.' };
    if (text.length > TYPED_MAX) return { error: `An answer is at most ${TYPED_MAX} characters.` };
    return { optionIds: [], text };
  },
  isCorrect: (q, answer) => q.options.some((o) => typedKey(o.text) === typedKey(answer.text ?? '')),
  solution: () => [],
  /** in the bank's order: the first is the one the author wrote first */
  accepted: (q) => [...q.options].sort((a, b) => a.position - b.position).map((o) => o.text),
  tally(q, answers) {
    // The wrong answers, each counted under the first way it was written.
    const counts = new Map<string, { shown: string; count: number }>();
    for (const a of answers) {
      if (this.isCorrect(q, a)) continue;
      const key = typedKey(a.text ?? '');
      const entry = counts.get(key) ?? { shown: a.text ?? '', count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
    // The most common only: a reveal goes to every phone. fromEntries, not assignment: a player's "__proto__" stays a plain key.
    const common = [...counts.values()].sort((a, b) => b.count - a.count).slice(0, TYPED_WRONG_SHOWN);
    return Object.fromEntries(common.map(({ shown, count }) => [shown, count]));
  },
  describe: (_q, answer) => answer.text ?? '',
  idsNameOptions: true,
  tallyIsPlayerText: true,
  orderIsTheAnswer: false,
  form: {
    read(block, text) {
      if (block.kind !== 'paragraph' || !ANSWER.test(block.plain.trim())) return undefined;
      const { line } = block;
      const accepted = block.plain.trim().replace(ANSWER, '').split('|').map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
      if (accepted.length === 0) return { line, error: 'type-the-answer question has no accepted answer: write "Answer: the answer | another accepted spelling"' };
      const long = accepted.find((t) => t.length > TYPED_MAX);
      if (long) return { line, error: `accepted answer "${text.excerpt(long)}" is longer than the ${TYPED_MAX} characters a player may type` };
      return { options: accepted.map((t) => ({ text: t, correct: true })) };
    },
    write: (options) => `Answer: ${options.map((o) => o.text).join(' | ')}`,
  },
};
