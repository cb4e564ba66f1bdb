// The bank reader's public entry points. Pure: text or bytes in, questions and
// line-numbered problems out. The CLI and the upload route both come through here.
import { checkBankText, checkMarkdownShape, decodeBankBytes, MAX_QUESTIONS } from './check-input';
import { matchCurated, readCuratedOptions, type CuratedOptions } from './curated';
import { withOptions } from './options';
import { parseQuestions } from './parse';
import type { BankResult, Issue } from './types';
import { validateQuestions } from './validate';

export { MAX_BANK_BYTES, MAX_QUESTIONS } from './check-input';
export type { CuratedOptions } from './curated';
export type { BankResult, Issue, ParsedBank, ParsedLink, ParsedOption, ParsedQuestion } from './types';

export interface ParseBankOptions {
  /** names the bank when it has no title; also shown in messages */
  fileName?: string;
  /** the curated options sidecar, when the bank has one */
  curated?: CuratedOptions;
  /** most questions accepted (MAX_QUESTIONS); the benchmark lifts it */
  maxQuestions?: number;
}

const NO_QUESTIONS =
  'no questions found: a question is a numbered item, a "- " bullet, or a paragraph between --- rules, with its answer as an italic paragraph indented 4 spaces below it';

const byPlace = (a: Issue, b: Issue) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line;

export function parseBank(text: string, options: ParseBankOptions = {}): BankResult {
  const inputErrors = checkBankText(text).concat(checkMarkdownShape(text));
  if (inputErrors.length) return { errors: inputErrors, warnings: [] };

  // A byte-order mark would hide the front matter from the parser.
  const raw = parseQuestions(text.replace(/^\uFEFF/, ''));
  const errors = [...raw.errors];
  const warnings = [...raw.warnings];
  if (raw.questions.length === 0 && errors.length === 0) errors.push({ line: 1, message: NO_QUESTIONS });
  const maxQuestions = options.maxQuestions ?? MAX_QUESTIONS;
  if (raw.questions.length > maxQuestions) {
    return { errors: [{ line: 1, message: `${raw.questions.length} questions; a bank may hold at most ${maxQuestions}: split the file` }], warnings: [] };
  }

  let curated;
  if (options.curated) {
    const read = readCuratedOptions(options.curated);
    const matched = matchCurated(read.entries, raw.questions, options.curated.file);
    errors.push(...read.errors, ...matched.errors);
    curated = { file: options.curated.file, matches: matched.matches };
  }
  const built = withOptions(raw.questions, curated);
  errors.push(...validateQuestions(built.questions));
  warnings.push(...built.warnings);
  if (errors.length) return { errors: errors.sort(byPlace), warnings: warnings.sort(byPlace) };

  const fallbackTitle = options.fileName?.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return {
    bank: {
      title: raw.title ?? (fallbackTitle || 'Untitled bank'),
      description: raw.description,
      sections: [...new Set(built.questions.map((question) => question.section))],
      questions: built.questions,
    },
    errors: [],
    warnings: warnings.sort(byPlace),
  };
}

/** For an uploaded or read file: size and encoding checks on the bytes, then parseBank. */
export function parseBankFile(fileName: string, bytes: Uint8Array, options: Omit<ParseBankOptions, 'fileName'> = {}): BankResult {
  const decoded = decodeBankBytes(bytes);
  if (decoded.text === undefined) return { errors: decoded.errors, warnings: [] };
  return parseBank(decoded.text, { ...options, fileName });
}
