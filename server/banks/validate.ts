// Whole-bank checks on the finished questions: counts that the game relies on
// (2-6 options, as many correct as it asks to select) and no question twice.
// Each is an error: a bank that breaks one can't be saved or played.
import { MAX_OPTIONS } from './distractors';
import { excerpt, normalizeKey } from './text';
import type { Issue, ParsedQuestion } from './types';

export const MIN_OPTIONS = 2;

const ROUND_NEEDS = `a round needs ${MIN_OPTIONS} to ${MAX_OPTIONS} options to choose from`;

/** A question with one option (or none) is no choice: it can't be saved or played. */
function tooFewOptions(options: ParsedQuestion['options']): string {
  const count = options.length === 0 ? 'no options' : `only ${options.length} option`;
  const generated = options.length > 0 && options.every((option) => !option.authored);
  const why = generated ? ", and the bank's other answers give no wrong ones to draw from" : '';
  return `${count}: ${ROUND_NEEDS}${why}; list them under the question as "- [x] right" / "- [ ] wrong"`;
}

/** The start of the problem that keeps a question out for being a copy of an earlier one. */
export const DUPLICATE = 'the same question is at lines';

/** The problems of each question, one list per question, in order; each keeps its question out (a duplicate too). */
export function validateQuestions(questions: ParsedQuestion[]): Issue[][] {
  const firstLineOf = new Map<string, number>();

  return questions.map((question) => {
    const { line } = question;
    const key = normalizeKey(question.stem);
    const earlier = firstLineOf.get(key);
    if (earlier === undefined) firstLineOf.set(key, line);
    const duplicate = earlier === undefined ? [] : [{ line, message: `${DUPLICATE} ${earlier} and ${line}: "${excerpt(question.stem)}"` }];
    // The other types' forms were checked as they were read (formats/question-forms.ts).
    const own = question.type === 'choice' ? choiceProblems(question) : [];
    return [...duplicate, ...own].map((error) => ({ ...error, question: line }));
  });
}

function choiceProblems(question: ParsedQuestion): Issue[] {
  const errors: Issue[] = [];
  const { line, options, select } = question;
  const correct = options.filter((option) => option.correct);
  if (correct.length === 0) {
    errors.push({ line, message: 'no option is marked correct; mark the right one(s) with "- [x]"' });
  } else if (select < 1 || select >= MAX_OPTIONS) {
    errors.push({ line, message: `a question can ask to select 1 to ${MAX_OPTIONS - 1} answers, not ${select}` });
  } else if (correct.length !== select) {
    const named = correct.map((option) => `"${option.text}"`).join(', ') || 'none';
    errors.push({
      line,
      message: `the question asks to select ${select} but has ${correct.length} correct (${named}); list its options as "- [x] right" / "- [ ] wrong" with ${select} marked [x]`,
    });
  }
  if (options.length > MAX_OPTIONS) {
    errors.push({ line, message: `${options.length} options: ${ROUND_NEEDS}; remove ${options.length - MAX_OPTIONS}` });
  } else if (options.length < MIN_OPTIONS) {
    errors.push({ line, message: tooFewOptions(options) });
  } else if (correct.length === options.length) {
    errors.push({ line, message: `every option is correct, so there is nothing to choose: add a wrong one as "- [ ] wrong"` });
  }
  const seen = new Set<string>();
  for (const option of options) {
    const optionKey = normalizeKey(option.text);
    if (seen.has(optionKey)) errors.push({ line, message: `option "${option.text}" is listed twice` });
    seen.add(optionKey);
  }
  return errors;
}
