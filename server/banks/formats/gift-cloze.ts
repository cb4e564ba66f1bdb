// Moodle's embedded answers (cloze) written inside a GIFT question, as in
// "He is {1:MC:~a~=an} honest man and she is {1:SA:=a} doctor.": each gap is a
// question of its own, the sentence with that gap blank and the other gaps
// filled with their right answers, at the question's line. Choice gaps
// (MULTICHOICE, MULTIRESPONSE and their layouts) become choice questions;
// SHORTANSWER gaps and NUMERICAL gaps with exact answers become type-the-answer
// questions. A gap's answers are split at "~"; "=" or "%100%" before one gives
// it full credit, and "#" starts its feedback.
import type { RawQuestion } from './raw-bank';
import { answerOf, choiceOf, indexOfUnescaped, plainOf, rightAnswers, splitAt, toMarkdown, typedOf, type GiftAnswer, type Notes, type TextFormat } from './gift-answers';

/** An unescaped {...} of a question's text: where it starts and ends, and what is between. */
export interface Braces {
  start: number;
  end: number;
  inner: string;
}

export function bracesOf(text: string): Braces[] {
  const found: Braces[] = [];
  for (let start = indexOfUnescaped(text, '{'); start >= 0; start = indexOfUnescaped(text, '{', start + 1)) {
    const end = indexOfUnescaped(text, '}', start);
    if (end < 0) break;
    found.push({ start, end, inner: text.slice(start + 1, end) });
    start = end;
  }
  return found;
}

/** "1:MC:" or ":SHORTANSWER:": the marks and the type that open a cloze gap. */
const GAP = /^\s*\d*\s*:\s*([A-Z_]+)\s*:/i;

export const isGap = (braces: Braces) => GAP.test(braces.inner);

type GapKind = 'choice' | 'typed' | 'number';

function kindOf(name: string): GapKind | undefined {
  if (/^(MULTICHOICE|MULTIRESPONSE)(_[VHS]{1,2})?$|^(MC|MR)[VHS]{0,2}$/.test(name)) return 'choice';
  if (/^(SHORTANSWER(_C)?|SA|SAC|MW|MWC)$/.test(name)) return 'typed';
  if (/^(NUMERICAL|NM)$/.test(name)) return 'number';
  return undefined;
}

type GapQuestion = Pick<RawQuestion, 'options' | 'select' | 'form'> & Notes;

interface Gap {
  braces: Braces;
  /** the gap's right answer as written, filling it in the other gaps' questions */
  fill: string;
  question: GapQuestion;
}

const withoutWildcards = (text: string) => text.replace(/(?<!\\)\*/g, '').replace(/\\\*/g, '*');

/** "=3.14" or "=3.14:0" reads as the typed answer "3.14"; a tolerance cannot be typed exactly. */
function exactNumber(answer: GiftAnswer): GiftAnswer | string {
  const number = /^\s*(-?\d+(?:[.,]\d+)?)\s*(?::\s*(\d+(?:\.\d+)?))?\s*$/.exec(answer.text);
  if (!number) return `"${answer.text.trim()}" is not a number`;
  if (Number(number[2] ?? 0) !== 0) {
    return `a numerical answer with a tolerance ("${answer.text.trim()}"): Cramjam compares typed answers exactly, so write the answers it accepts as {1:SA:=${number[1]}}`;
  }
  return { ...answer, text: number[1]! };
}

function gapOf(braces: Braces, format: TextFormat, line: number): Gap | string {
  const head = GAP.exec(braces.inner);
  if (!head) return 'a GIFT answer set among cloze gaps: write every gap as {1:MC:~wrong~=right} or {1:SA:=answer}';
  const name = head[1]!.toUpperCase();
  const kind = kindOf(name);
  if (!kind) return `"${head[1]}" is not a gap type Cramjam reads: MULTICHOICE (MC), MULTIRESPONSE (MR), SHORTANSWER (SA) or NUMERICAL (NM)`;
  const answers = splitAt(braces.inner.slice(head[0].length), /~/)
    .map((part) => part.text.trim())
    .filter(Boolean)
    .map((text) => (text.startsWith('=') ? answerOf(text.slice(1), 100) : answerOf(text, 0)));
  if (kind === 'choice') {
    const choice = choiceOf(answers, format, false);
    if (typeof choice === 'string') return choice;
    const select = Math.max(1, choice.options.filter((option) => option.correct).length);
    const fill = rightAnswers(answers).map((answer) => answer.text.trim()).join(', ');
    return { braces, fill, question: { options: choice.options, select, explanation: choice.explanation, whyNot: choice.whyNot } };
  }
  const exact = kind === 'number' ? answers.map((answer) => (answer.credit >= 100 ? exactNumber(answer) : answer)) : answers;
  const wrong = exact.find((answer) => typeof answer === 'string');
  if (wrong !== undefined) return wrong;
  const typed = typedOf(exact as GiftAnswer[], format, line);
  if (typeof typed === 'string') return typed;
  const fill = withoutWildcards(typed.form.options[0]!.text);
  return { braces, fill, question: typed };
}

/** The questions of a text whose braces are cloze gaps, or what is wrong with a gap. */
export function clozeQuestions(text: string, braces: Braces[], format: TextFormat, base: Omit<RawQuestion, 'stem' | 'stemPlain' | 'explanation' | 'whyNot'>): RawQuestion[] | string {
  const gaps: Gap[] = [];
  for (const [index, each] of braces.entries()) {
    const gap = gapOf(each, format, base.line);
    if (typeof gap === 'string') return `gap ${index + 1} of ${braces.length}: ${gap}`;
    gaps.push(gap);
  }
  return gaps.map((gap, index): RawQuestion => {
    const sentence = gaps.reduceRight((out, other, at) => `${out.slice(0, other.braces.start)}${at === index ? '_____' : other.fill}${out.slice(other.braces.end + 1)}`, text);
    const stem = toMarkdown(sentence, format);
    const { explanation, whyNot, ...question } = gap.question;
    return { ...base, ...question, stem, stemPlain: plainOf(stem), explanation: explanation.join('\n\n'), whyNot };
  });
}
