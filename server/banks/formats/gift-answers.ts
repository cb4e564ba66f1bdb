// GIFT's text and answer rules, shared by its questions (read-gift.ts) and the
// Moodle cloze gaps written inside them (gift-cloze.ts): "\" escapes, the text
// formats ([markdown], [html], [moodle], [plain]), and an answer's credit and
// feedback, read into a choice's options or a short answer's accepted texts.
import { TYPED_MAX } from '../../game/types/typed';
import type { Form } from './question-forms';
import type { WrittenOption } from './task-list';
import { htmlToMarkdown } from './html-to-markdown';
import { escapeMarkdown, excerpt } from '../text';

export type TextFormat = 'markdown' | 'html' | 'moodle' | 'plain';

/** One answer as written: its credit in percent (=: 100, ~: 0, or its %weight%), its text and feedback with their escapes. */
export interface GiftAnswer {
  credit: number;
  text: string;
  feedback?: string;
}

/** What a choice's answers say beside the options: the right answers' feedback and the why-not notes of the wrong ones. */
export interface Notes {
  explanation: string[];
  whyNot: string[];
}

export const unescape = (text: string) => text.replace(/\\([~=#{}:\\n])/g, (_, char: string) => (char === 'n' ? '\n' : char));

/** Splits at unescaped marks (~ = # and so on), keeping escapes for unescape() later. */
export function splitAt(text: string, marks: RegExp): { mark: string; text: string }[] {
  const parts: { mark: string; text: string }[] = [];
  let current = { mark: '', text: '' };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length) {
      current.text += char + text[++i];
    } else if (marks.test(char)) {
      parts.push(current);
      current = { mark: char, text: '' };
    } else {
      current.text += char;
    }
  }
  parts.push(current);
  return parts;
}

export function indexOfUnescaped(text: string, char: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === char) return i;
  }
  return -1;
}

const FORMAT = /^\s*\[(markdown|html|moodle|plain)\]/i;

/** The format a text names at its start ("[html]..."), else the one it inherits (a question's answers take the question's). */
export function formatOf(text: string, inherited: TextFormat = 'moodle'): TextFormat {
  return (FORMAT.exec(text)?.[1]?.toLowerCase() as TextFormat | undefined) ?? inherited;
}

/** "@@PLUGINFILE@@/x.png", Moodle's name for a file of the question, is a file beside the bank: in its zip or folder. */
const besideTheBank = (markdown: string) => markdown.replace(/(!\[[^\]]*\]\(\s*<?)@@PLUGINFILE@@\//g, '$1');

/** A GIFT text as markdown: [markdown] as it is, [html] converted, plain and moodle text escaped to show as written. */
export function toMarkdown(raw: string, inherited?: TextFormat): string {
  const format = formatOf(raw, inherited);
  const body = unescape(raw.replace(FORMAT, '')).trim();
  if (format === 'markdown') return besideTheBank(body);
  if (format === 'html') return besideTheBank(htmlToMarkdown(body));
  return escapeMarkdown(body.replace(/[ \t]+/g, ' ').trim());
}

/** A note on one answer stays one paragraph: a short answer's writes back as one ~~why-not~~ paragraph. */
export const noteOf = (raw: string, format: TextFormat) => toMarkdown(raw, format).replace(/\n\s*\n/g, '\n');

export const plainOf = (markdown: string) => markdown.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim();

const WEIGHT = /^\s*%(-?\d+(?:\.\d+)?)%/;

/** "answer#feedback", with a leading %weight% or the credit its mark gives. */
export function answerOf(text: string, credit: number): GiftAnswer {
  const [answer = '', ...feedback] = splitAt(text, /#/).map((piece) => piece.text);
  const weight = WEIGHT.exec(answer);
  return {
    credit: weight ? Number(weight[1]) : credit,
    text: weight ? answer.slice(weight[0].length) : answer,
    ...(feedback.length ? { feedback: feedback.join('#') } : {}),
  };
}

/** The right answers of a choice: those of full credit, or with none, those of positive credit. */
export function rightAnswers(answers: GiftAnswer[]): GiftAnswer[] {
  const full = answers.filter((answer) => answer.credit >= 100);
  return full.length ? full : answers.filter((answer) => answer.credit > 0);
}

/**
 * The options of a choice, right as rightAnswers() says (multiple response is
 * written ~%50%A ~%50%B ~%-100%C; a single answer =A ~%50%B has one right). An
 * answer's feedback is its option's note (shown to a player who picked a wrong
 * one), and a right answer's also the explanation unless the question has general feedback.
 */
export function choiceOf(answers: GiftAnswer[], format: TextFormat, hasGeneralFeedback: boolean): ({ options: WrittenOption[] } & Notes) | string {
  const right = new Set(rightAnswers(answers));
  const options: WrittenOption[] = [];
  const notes: Notes = { explanation: [], whyNot: [] };
  for (const answer of answers) {
    const text = toMarkdown(answer.text, format);
    if (!text) return 'an answer with no text: write it after its = or ~';
    const correct = right.has(answer);
    const note = answer.feedback === undefined ? '' : noteOf(answer.feedback, format);
    options.push(note ? { text, correct, note } : { text, correct });
    if (note && correct && !hasGeneralFeedback) notes.explanation.push(note);
  }
  return { options, ...notes };
}

/**
 * A type-the-answer question accepting the full-credit answers, kept as plain
 * text ("*" in them is a wildcard, server/game/types/typed.ts); their feedback is
 * the explanation, and the feedback on an answer given less is a why-not note.
 */
export function typedOf(answers: GiftAnswer[], format: TextFormat, line: number): ({ form: Form } & Notes) | string {
  const accepted: string[] = [];
  const notes: Notes = { explanation: [], whyNot: [] };
  for (const answer of answers) {
    const note = answer.feedback === undefined ? '' : noteOf(answer.feedback, format);
    const text = unescape(answer.text).replace(/\s+/g, ' ').trim();
    // Partial credit: Cramjam scores right or wrong, so the answer is not accepted; its feedback says why.
    if (answer.credit < 100 || !text) {
      if (note) notes.whyNot.push(note);
      continue;
    }
    if (text.length > TYPED_MAX) return `the accepted answer "${excerpt(text)}" is longer than the ${TYPED_MAX} characters a player may type`;
    accepted.push(text);
    if (note) notes.explanation.push(note);
  }
  if (accepted.length === 0) return 'a short-answer question with no full-credit answer: write at least one {=answer} with no % weight, or %100%';
  return { form: { type: 'typed', options: accepted.map((text) => ({ text, correct: true })), line }, ...notes };
}
