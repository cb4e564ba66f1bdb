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

/** Case, accents and spaces left out, so "Amazón  SageMaker" and "amazon sagemaker" fold alike. */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, '');
const withoutStops = (key: string) => key.replace(/[.!]+$/, '');

/** "Amazon  SageMaker", "amazon sagemaker" and "Amazón SageMaker" compare equal; so do trailing stops. */
export function typedKey(text: string): string {
  return withoutStops(fold(text));
}

/**
 * Whether a typed answer is this accepted answer, compared by typedKey. In an
 * accepted answer "*" stands for any text, none too (GIFT's and Moodle's
 * wildcard: "*manually*" accepts "I start them manually."), and "\*" is an
 * asterisk. Matched piece by piece, leftmost first, which is exact for "*"
 * alone and linear: a bank's pattern cannot make a phone's answer slow to check.
 */
export function typedMatches(accepted: string, answer: string): boolean {
  const pieces = accepted.split(/(?<!\\)\*/).map((piece) => fold(piece.replace(/\\\*/g, '*')));
  const key = typedKey(answer);
  if (pieces.length === 1) return withoutStops(pieces[0]!) === key;
  const first = pieces[0]!;
  const last = withoutStops(pieces.at(-1)!);
  if (key.length < first.length + last.length || !key.startsWith(first) || !key.endsWith(last)) return false;
  let from = first.length;
  const end = key.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    const at = key.indexOf(piece, from);
    if (at < 0 || at + piece.length > end) return false;
    from = at + piece.length;
  }
  return true;
}

export const typed: QuestionKind = {
  shown: () => ({ options: [], matches: [] }),
  accept(_q, input) {
    const text = (input.text ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
    if (!typedKey(text)) return { error: 'Type an answer first.' };
    if (text.length > TYPED_MAX) return { error: `An answer is at most ${TYPED_MAX} characters.` };
    return { optionIds: [], text };
  },
  isCorrect: (q, answer) => q.options.some((o) => typedMatches(o.text, answer.text ?? '')),
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
  picksOptions: false,
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
    // Escaped, so markdown reads back the very text: "*" as a wildcard, not emphasis.
    write: (options) => `Answer: ${options.map((o) => o.text.replace(/[\\`*_[\]<>~&]/g, '\\$&')).join(' | ')}`,
  },
};
