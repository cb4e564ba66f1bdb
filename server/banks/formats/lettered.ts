// Lettered options ("A. ...", "B) ...", "(C) ...") and the answer line that names
// the right letters ("Answer: B", "Correct answer: B, D", "ANSWER: C"): the shape
// shared by Aiken files and the numbered-question layout of practice-exam READMEs.
import type { WrittenOption } from './task-list';

export const LETTERS = 'ABCDEFGHIJ';

const OPTION = /^\s*(?:[-*+]\s+)?(?:\(([A-Ja-j])\)|([A-Ja-j])[.)])\s+(\S.*)$/;
const ANSWER = /^\W{0,4}(?:correct\s+|right\s+)?(?:answers?|ans)\W{0,4}[:\-–]\W{0,4}\s*(.*)$/i;

export interface LetteredOption {
  letter: string;
  text: string;
}

/** "- A. Amazon S3", "B) EFS", "(C) EBS" -> the letter (upper case) and the text. */
export function letteredOption(line: string): LetteredOption | undefined {
  const match = OPTION.exec(line);
  if (!match) return undefined;
  const letter = (match[1] ?? match[2])!.toUpperCase();
  return { letter, text: match[3]!.trim() };
}

/**
 * "Answer: B", "**Correct answer:** B, D", "ANSWER: C" -> ['B'] / ['B','D'] / ['C'];
 * undefined when the line is not an answer line. Text after the letters (an
 * explanation on the same line) is returned as `rest`.
 */
export function answerLine(line: string): { letters: string[]; rest: string } | undefined {
  const match = ANSWER.exec(line.trim());
  if (!match) return undefined;
  const value = match[1]!.replace(/\*\*|__/g, '').trim();
  // A separator is spaces alone, or a mark with spaces around it: one way to match each run of
  // spaces, so a long run before a non-letter fails in linear time ("\s*\s\s*" took 30 s and more).
  const letters = /^((?:[A-J](?![a-z]))(?:(?:\s*(?:,|&|and)\s*|\s+)[A-J](?![a-z]))*)\b[.)]?\s*(.*)$/.exec(value);
  if (!letters) return undefined;
  return { letters: [...new Set(letters[1]!.match(/[A-J]/g) ?? [])], rest: letters[2]!.trim() };
}

/** The options with the answer's letters marked correct, and the letters that name no option. */
export function markLetters(options: LetteredOption[], letters: string[]): { options: WrittenOption[]; unknown: string[] } {
  const known = new Set(options.map((option) => option.letter));
  return {
    options: options.map((option) => ({ text: option.text, correct: letters.includes(option.letter) })),
    unknown: letters.filter((letter) => !known.has(letter)),
  };
}
