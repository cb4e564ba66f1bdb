// A question table (a CSV file or a spreadsheet's first sheet) -> raw questions.
// The first row naming a question column is the header (rows above it, like the
// title and notes of Kahoot's template, are passed over); these are read (case, spaces and any text
// after " - " or "(" in the name are ignored, so Kahoot's template headers match):
//
//   question                       "Question", "Question text", "Stem"
//   options, 2 to 6                "Option 1".."Option 6", "Answer 1".."Answer 6", "A".."F", "Option A".."Option F"
//   correct                        "Correct", "Correct answer(s)", "Correct answers", or "Answer" when no
//                                  "Answer N" columns exist: numbers ("2", "1,3"), letters ("B", "B, D")
//                                  or the text of the right option
//   explanation (optional)         "Explanation", "Feedback", "Rationale"
//   section (optional)             "Section", "Category", "Topic"
//
// Every other column (Kahoot's "Time limit", "Image link", ...) is ignored: the
// host sets round times when creating a game.
import { MAX_QUESTIONS } from '../check-input';
import { LETTERS } from './lettered';
import type { RawBank, RawQuestion } from './raw-bank';
import type { WrittenOption } from './task-list';
import { escapeMarkdown, normalizeKey } from '../text';
import type { Issue } from '../types';

export interface TableRow {
  /** 1-based line (CSV) or row number (spreadsheet) */
  line: number;
  cells: string[];
}

const MAX_COLUMNS_OPTIONS = 6;
/** Rows a table may have in all: a full bank, its header, and room for a title and notes above it (Kahoot's template has a few). */
export const MAX_TABLE_ROWS = MAX_QUESTIONS + 100;

/** A header cell's column name: lower case, without Kahoot's " - max 120 characters" or "(sec)" notes. */
function headerName(header: string): string {
  return header
    .toLowerCase()
    .split(/\s+[-–—]\s+|\(/)[0]!
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const QUESTION_NAMES = ['question', 'question text', 'stem'];

/** The header row: the first naming a question column, as a spreadsheet may have a title and instructions above it (Kahoot's template does). */
export function headerIndex(rows: TableRow[]): number {
  return Math.max(0, rows.findIndex((row) => row.cells.some((cell) => QUESTION_NAMES.includes(headerName(cell)))));
}

interface Columns {
  question: number;
  options: number[];
  correct: number;
  explanation?: number;
  section?: number;
}

function findColumns(header: string[]): Columns | string {
  const names = header.map(headerName);
  const find = (...candidates: string[]) => {
    const index = names.findIndex((name) => candidates.includes(name));
    return index < 0 ? undefined : index;
  };
  const question = find(...QUESTION_NAMES);
  const options: number[] = [];
  for (let n = 1; n <= MAX_COLUMNS_OPTIONS; n++) {
    const letter = LETTERS[n - 1]!.toLowerCase();
    const index = find(`option ${n}`, `answer ${n}`, `choice ${n}`, letter, `option ${letter}`, `answer ${letter}`, `choice ${letter}`);
    if (index !== undefined) options.push(index);
  }
  const hasNumberedAnswers = names.some((name) => /^answer [1-6a-f]$/.test(name));
  const correct = find('correct', 'correct answer', 'correct answers', 'correct option', 'correct options', ...(hasNumberedAnswers ? [] : ['answer', 'answers']));
  const missing = [question === undefined && '"Question"', options.length < 2 && '"Option 1" and "Option 2" (up to 6)', correct === undefined && '"Correct"'].filter(Boolean);
  if (missing.length || question === undefined || correct === undefined) {
    return `the first row must name the columns; missing ${missing.join(', ')} (found: ${header.map((cell) => `"${cell}"`).join(', ') || 'nothing'})`;
  }
  return { question, options, correct, explanation: find('explanation', 'feedback', 'rationale'), section: find('section', 'category', 'topic') };
}

/** "2" / "1, 3" / "B" / "B and D" / the text of an option -> the indexes of the correct options. */
function correctIndexes(value: string, options: string[]): number[] | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const byText = options.findIndex((option) => normalizeKey(option) === normalizeKey(trimmed));
  if (byText >= 0) return [byText];
  const parts = trimmed.split(/\s*(?:,|;|&|\band\b|\s)\s*/).filter(Boolean);
  if (parts.every((part) => /^\d+$/.test(part))) return parts.map((part) => Number(part) - 1);
  if (parts.every((part) => /^[A-Fa-f]$/.test(part))) return parts.map((part) => LETTERS.indexOf(part.toUpperCase()));
  return undefined;
}

export function readTable(rows: TableRow[], format: string): RawBank {
  const errors: Issue[] = [];
  const questions: RawQuestion[] = [];
  const [header, ...body] = rows.slice(headerIndex(rows));
  if (!header) return { description: '', questions, errors: [{ line: 1, message: `the ${format} file is empty` }], warnings: [] };
  const columns = findColumns(header.cells);
  if (typeof columns === 'string') return { description: '', questions, errors: [{ line: header.line, message: columns }], warnings: [] };
  // Counted before any row is read: good or bad, a row is a question, and refusing 600,000 rows one by one is itself the harm.
  const questionRows = body.filter(({ cells }) => cells.some((cell) => cell.trim()));
  if (questionRows.length > MAX_QUESTIONS) {
    const message = `the ${format} file has ${questionRows.length} question rows; a bank may hold at most ${MAX_QUESTIONS} questions: split the file`;
    return { description: '', questions, errors: [{ line: header.line, message }], warnings: [] };
  }

  for (const { line, cells } of questionRows) {
    const cell = (index: number | undefined) => (index === undefined ? '' : (cells[index] ?? '').trim());
    const fail = (message: string) => errors.push({ line, message, question: line });
    const stem = cell(columns.question);
    // Options keep their column: "Correct: 3" means the third option column even when the second is empty.
    const filled = columns.options.map((index) => cell(index));
    const correctValue = cell(columns.correct);
    const correct = correctIndexes(correctValue, filled);
    if (!stem) fail('no question text in the "Question" column');
    else if (!correct) fail(`"${correctValue}" in the "Correct" column: write the number(s) of the right option(s), like 2 or 1,3`);
    else if (correct.some((index) => !filled[index])) fail(`"${correctValue}" in the "Correct" column names an empty or missing option`);
    else {
      const options: WrittenOption[] = filled.flatMap((text, index) => (text ? [{ text: escapeMarkdown(text), correct: correct.includes(index) }] : []));
      questions.push({
        line,
        section: cell(columns.section),
        stem: escapeMarkdown(stem),
        stemPlain: stem,
        options,
        select: new Set(correct).size,
        explanation: escapeMarkdown(cell(columns.explanation)),
        whyNot: [],
        links: [],
      });
    }
  }
  return { description: '', questions, errors, warnings: [] };
}
