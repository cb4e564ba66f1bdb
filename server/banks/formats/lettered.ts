// Lettered options ("A. ...", "b) ...", "(C) ...") and the answer line that names
// the right letters ("Answer: B", "Correct answer: B, D", "**Answer: ac**",
// "*Answer: B (Explanation: ...)*"): the shape shared by Aiken files and the
// numbered-question layout of practice-exam READMEs.
import type { WrittenOption } from './task-list';

export const LETTERS = 'ABCDEFGHIJ';

const OPTION = /^\s*(?:[-*+]\s+)?(\*\*|__)?(?:\(([A-Ja-j])\)|([A-Ja-j])[.)])\1?\s+(\S.*)$/;
const ANSWER = /^[\W_]{0,4}(?:correct\s+|right\s+)?(?:answers?|ans)(?:\(s\))?[\W_]{0,4}[:\-–][\W_]{0,4}\s*(.*)$/i;
/** A whole line in *italic*, **bold** or both: the answer line is often written so. */
const WRAPPED = /^(\*{1,3}|_{1,3})(\S.*?)\1$/;
/** One run of letters in one case: "B", "AC", "bce", "(D)". */
const RUN = /\(?([A-J]{1,10}|[a-j]{1,10})\)?(?![\p{L}\p{N}])/uy;
const SEPARATOR = /\s*(?:,\s*(?:and\b)?|&|\/|\+|\band\b)\s*|\s+/y;
/** What may stand between the letters and an explanation: "B - because", "B. Because", "B: because", "B (Explanation: ...)". */
const LEAD = /^[\s.):;,\-–—]+/;
const PARENTHESES = /^\((.*)\)$/s;
const LABEL = /^(?:explanation|rationale|reasoning|reason)\s*[:\-–—]\s*/i;

export interface LetteredOption {
  letter: string;
  text: string;
}

/** "- A. Amazon S3", "b) EFS", "(C) EBS", "**D.** EFS" -> the letter (upper case) and the text. */
export function letteredOption(line: string): LetteredOption | undefined {
  const match = OPTION.exec(line);
  if (!match) return undefined;
  const letter = (match[2] ?? match[3])!.toUpperCase();
  return { letter, text: match[4]!.trim() };
}

export interface LetterAnswer {
  /** upper case, each once */
  letters: string[];
  /** the explanation written after the letters, its separator and "Explanation:" label taken off */
  rest: string;
}

/** "Answer: B", "**Correct answer:** B, D", "*Answer: AC (...)*" -> what follows the label; undefined when the line has none. */
export function answerValue(line: string): string | undefined {
  const trimmed = line.trim();
  return ANSWER.exec(WRAPPED.exec(trimmed)?.[2] ?? trimmed)?.[1];
}

/**
 * "Answer: B", "**Correct answer:** B, D", "ANSWER: C", "*Answer: AC (Explanation: ...)*"
 * -> the letters and the explanation after them; undefined when the line is not an answer line.
 */
export function answerLine(line: string): LetterAnswer | undefined {
  const value = answerValue(line);
  return value === undefined ? undefined : answerLetters(value);
}

/**
 * The letters at the start of an answer ("B", "A, C", "A and C", "bce", "AC"), in
 * one case per run. A lower-case run must end the answer, be followed by a mark or
 * be closed by ")", so "a site-to-site VPN" is not option A. Linear: one sticky match per run.
 */
export function answerLetters(value: string): LetterAnswer | undefined {
  const text = value.replace(/\*\*|__/g, '').trim();
  const letters: string[] = [];
  let at = 0;
  let bareLower = false;
  for (;;) {
    SEPARATOR.lastIndex = at;
    const gap = letters.length ? SEPARATOR.exec(text) : null;
    if (letters.length && !gap) break;
    RUN.lastIndex = gap ? SEPARATOR.lastIndex : at;
    const run = RUN.exec(text);
    if (!run) break;
    letters.push(...run[1]!.toUpperCase());
    bareLower = run[1] !== run[1]!.toUpperCase() && !run[0].endsWith(')');
    at = RUN.lastIndex;
  }
  if (!letters.length) return undefined;
  const rest = text.slice(at);
  if (bareLower && /^\s*[\p{L}\p{N}]/u.test(rest)) return undefined;
  return { letters: [...new Set(letters)], rest: explanationAfter(rest) };
}

/** "(Explanation: SES sends email.)" / "- SES sends email." -> "SES sends email." */
function explanationAfter(rest: string): string {
  const text = rest.trim();
  return (PARENTHESES.exec(text)?.[1] ?? text).replace(LEAD, '').replace(LABEL, '').trim();
}

/** "Answer: B. Amazon SES": the text after the letter repeats its option, so it explains nothing. */
export function withoutOptionText(rest: string, options: LetteredOption[], letters: string[]): string {
  const named = options.filter((option) => letters.includes(option.letter)).map((option) => option.text.toLowerCase());
  return named.includes(rest.replace(/[.\s]+$/, '').toLowerCase()) ? '' : rest;
}

/** "Answer: Amazon SES" names option B by its text. */
export function optionByText(options: LetteredOption[], value: string): LetterAnswer | undefined {
  const key = (text: string) => text.replace(/\*\*|__/g, '').replace(/[.\s]+$/, '').trim().toLowerCase();
  const option = options.find((candidate) => key(candidate.text) === key(value));
  return option && { letters: [option.letter], rest: '' };
}

/** The options with the answer's letters marked correct, and the letters that name no option. */
export function markLetters(options: LetteredOption[], letters: string[]): { options: WrittenOption[]; unknown: string[] } {
  const known = new Set(options.map((option) => option.letter));
  return {
    options: options.map((option) => ({ text: option.text, correct: letters.includes(option.letter) })),
    unknown: letters.filter((letter) => !known.has(letter)),
  };
}
