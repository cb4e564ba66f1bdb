// A question table (a CSV file or a spreadsheet's first sheet) -> raw questions.
// The first row naming a question column is the header (rows above it, like the
// title and notes of Kahoot's template, are passed over). Columns are found by
// meaning, not one spelling: a name is compared in lower case without spaces,
// punctuation or Kahoot's notes (" - max 120 characters", "(sec)"), so
// "Answer 1", "answer1" and "ANS-1" are one name:
//
//   question              Question, Question text, Questions, Stem
//   options, 2 to 6       Option 1..6, Answer 1..6, Ans1..6, Choice 1..6, A..F, Option A..F, Answer A..F
//   correct               Correct, Correct answer(s), Correct ans, Correct option(s), Right answer, Answer key,
//                         or Answer: numbers ("2", "1,3"), letters ("B", "A;C", "AC") or the right options' text
//   explanation (opt.)    Explanation, Feedback, Rationale
//   option notes (opt.)   Feedback 1..6, Why not 1..6, Explanation A..F, Option 1 feedback: each option's note
//   section (opt.)        Section, Category, Topic
//
// Every other column (an index column, Kahoot's "Time limit", "Image link", ...)
// is ignored: the host sets round times when creating a game. A row with nothing
// in the columns read (Kahoot's template has 100 pre-numbered rows) is not a
// question: each run of them is one "ignored, not a question" warning, never a skip.
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

/** A header cell's name as it is matched: "Answer 1 - max 75 characters" -> "answer1", "Correct answer(s)" -> "correctanswer". */
const nameOf = (header: string) =>
  header
    .toLowerCase()
    .split(/\s+[-–—]\s+|\(/)[0]!
    .replace(/[^a-z0-9]+/g, '');

/** A header cell as a message names it: without Kahoot's notes. */
const shownName = (header: string) => header.split(/\s+[-–—]\s+/)[0]!.trim();

const QUESTION = /^(?:question|questions|questiontext|stem)$/;
/** An option column: its number or letter. */
const OPTION = /^(?:options?|opt|answers?|ans|choices?|alternative)?([1-6a-f])$/;
/** A note on one option, before or after its number or letter. */
const OPTION_NOTE = [
  /^(?:feedback|whynot|explanation|rationale|note|reason)(?:for)?(?:options?|answers?|ans|choices?)?([1-6a-f])$/,
  /^(?:options?|answers?|ans|choices?)([1-6a-f])(?:feedback|whynot|explanation|rationale|note|reason)$/,
];
/** In order of preference: "Answer" is the correct column only when no "Correct ..." column exists. */
const CORRECT = [/^(?:correct|right)(?:answers?|ans|options?|choices?)?$|^answerkey$/, /^answers?$/];
const EXPLANATION = /^(?:explanation|explanations|feedback|generalfeedback|rationale)$/;
const SECTION = /^(?:section|category|topic)$/;

const placeOf = (mark: string) => (/\d/.test(mark) ? Number(mark) - 1 : mark.charCodeAt(0) - 'a'.charCodeAt(0));

/** The header row: the first naming a question column, as a spreadsheet may have a title and instructions above it (Kahoot's template does). */
export function headerIndex(rows: TableRow[]): number {
  return Math.max(0, rows.findIndex((row) => row.cells.some((cell) => QUESTION.test(nameOf(cell)))));
}

export interface Columns {
  question: number;
  /** option columns by place: options[0] is option 1 (or A); a gap stays undefined */
  options: (number | undefined)[];
  /** a note column per option place, like `options` */
  notes: (number | undefined)[];
  correct: number;
  explanation?: number;
  section?: number;
}

const MISSING = {
  question: 'no question column ("Question", "Question text" or "Stem")',
  options: 'fewer than 2 option columns ("Option 1".."Option 6", "Answer 1", "Ans1", "Choice 1" or "A".."F")',
  correct: 'no correct column ("Correct", "Correct answer", "Correct ans", or "Answer" beside option columns)',
};

/** The columns a header names, or what it lacks and what it holds instead. */
export function findColumns(header: string[]): Columns | string {
  const names = header.map(nameOf);
  const find = (pattern: RegExp) => {
    const index = names.findIndex((name) => pattern.test(name));
    return index < 0 ? undefined : index;
  };
  const byPlace = (patterns: RegExp[]) => {
    const places: (number | undefined)[] = Array.from({ length: MAX_COLUMNS_OPTIONS }, () => undefined);
    names.forEach((name, index) => {
      const mark = patterns.map((pattern) => pattern.exec(name)?.[1]).find(Boolean);
      if (mark !== undefined) places[placeOf(mark)] ??= index;
    });
    return places;
  };
  const question = find(QUESTION);
  const options = byPlace([OPTION]);
  const correct = CORRECT.map(find).find((index) => index !== undefined);
  const missing = [question === undefined && MISSING.question, options.filter((index) => index !== undefined).length < 2 && MISSING.options, correct === undefined && MISSING.correct];
  if (question === undefined || correct === undefined || missing.some(Boolean)) {
    const found = header.map((cell) => (cell.trim() ? `"${shownName(cell)}"` : '(an empty one)')).join(', ') || 'nothing';
    return `the header row has ${missing.filter(Boolean).join(', ')}; it names the columns ${found}`;
  }
  return { question, options, notes: byPlace(OPTION_NOTE), correct, explanation: find(EXPLANATION), section: find(SECTION) };
}

/** Every column the table reads: a row with nothing in them is not a question. */
export function readColumns(columns: Columns): number[] {
  const { question, options, notes, correct, explanation, section } = columns;
  return [question, ...options, ...notes, correct, explanation, section].filter((index) => index !== undefined);
}

/** The same option named twice ("1, 1") counts once. */
const distinct = (indexes: number[]) => [...new Set(indexes)];

/** Numbers name places: "2" is the second option column even when an option's text is "2". */
const places = (parts: string[]) => (parts.length && parts.every((part) => /^\d+$/.test(part)) ? distinct(parts.map((part) => Number(part) - 1)) : undefined);

/**
 * "2" / "1, 3" / "B" / "A;C" / "AC" / "Option B" / the text of one or several options -> the places of the
 * correct options; numbers that name no filled option come back as they are, for the message to say so.
 */
function correctPlaces(value: string, options: string[]): number[] | undefined {
  const parts = value
    .replace(/\b(?:options?|answers?|choices?|ans)\b/gi, ' ')
    .split(/\s*(?:[,;/&+|]|\band\b|\s)\s*/i)
    .map((part) => part.replace(/^\(|[.)]$/g, ''))
    .filter(Boolean);
  const numbers = places(parts);
  if (numbers?.every((index) => options[index])) return numbers;
  const isOption = (text: string) => options.findIndex((option) => option !== '' && normalizeKey(option) === normalizeKey(text));
  const whole = isOption(value);
  if (whole >= 0) return [whole];
  const byText = value.split(/\s*[;|\n]\s*|\s*,\s+/).map(isOption);
  if (byText.length > 1 && byText.every((index) => index >= 0)) return distinct(byText);
  // Letters, apart ("A, C") or run together ("AC", "bce").
  if (parts.length && parts.every((part) => /^[a-f]+$/i.test(part)) && (parts.length === 1 || parts.every((part) => part.length === 1))) {
    return distinct([...parts.join('').toUpperCase()].map((letter) => LETTERS.indexOf(letter)));
  }
  return numbers;
}

/** One "ignored, not a question" warning for a run of rows with nothing in the columns read. */
function emptyRun(run: TableRow[]): Issue {
  const first = run[0]!.line;
  const what = run.length === 1 ? `an empty row (line ${first})` : `${run.length} empty rows, lines ${first} to ${run.at(-1)!.line}`;
  return { line: first, message: `ignored, not a question: ${what}`, rows: run.length };
}

export function readTable(rows: TableRow[], format: string): RawBank {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const questions: RawQuestion[] = [];
  const [header, ...body] = rows.slice(headerIndex(rows));
  if (!header) return { description: '', questions, errors: [{ line: 1, message: `the ${format} file is empty` }], warnings };
  const columns = findColumns(header.cells);
  if (typeof columns === 'string') return { description: '', questions, errors: [{ line: header.line, message: columns }], warnings };
  const read = readColumns(columns);
  // Only a number (a template's row number, in the question column or its own) is no question either.
  const isQuestion = ({ cells }: TableRow) => read.some((index) => cells[index]?.trim() && !(index === columns.question && /^\d+[.)]?$/.test(cells[index].trim())));
  // Counted before any row is read: good or bad, a row is a question, and refusing 600,000 rows one by one is itself the harm.
  const questionRows = body.filter(isQuestion).length;
  if (questionRows > MAX_QUESTIONS) {
    const message = `the ${format} file has ${questionRows} question rows; a bank may hold at most ${MAX_QUESTIONS} questions: split the file`;
    return { description: '', questions, errors: [{ line: header.line, message }], warnings };
  }
  const correctName = shownName(header.cells[columns.correct]!);
  const questionName = shownName(header.cells[columns.question]!);

  let empty: TableRow[] = [];
  for (const row of body) {
    if (!isQuestion(row)) {
      empty.push(row);
      continue;
    }
    if (empty.length) warnings.push(emptyRun(empty));
    empty = [];
    const { line, cells } = row;
    const cell = (index: number | undefined) => (index === undefined ? '' : (cells[index] ?? '').trim());
    const fail = (message: string) => errors.push({ line, message, question: line });
    const stem = cell(columns.question);
    // Options keep their place: "Correct: 3" means the third option column even when the second is empty.
    const filled = columns.options.map(cell);
    const correctValue = cell(columns.correct);
    const correct = correctValue ? correctPlaces(correctValue, filled) : undefined;
    if (!stem) fail(`no question text in the "${questionName}" column`);
    else if (!correctValue) fail(`nothing in the "${correctName}" column: write the number(s) or letter(s) of the right option(s), like 2, B or 1,3`);
    else if (!correct) fail(`"${correctValue}" in the "${correctName}" column: write the number(s) or letter(s) of the right option(s), like 2, B or 1,3, or an option's text`);
    else if (correct.some((index) => !filled[index])) fail(`"${correctValue}" in the "${correctName}" column names an empty or missing option`);
    else {
      const options: WrittenOption[] = filled.flatMap((text, index) => {
        if (!text) return [];
        const note = cell(columns.notes[index]);
        return [{ text: escapeMarkdown(text), correct: correct.includes(index), ...(note ? { note: escapeMarkdown(note) } : {}) }];
      });
      questions.push({
        line,
        section: cell(columns.section),
        stem: escapeMarkdown(stem),
        stemPlain: stem,
        options,
        select: correct.length,
        explanation: escapeMarkdown(cell(columns.explanation)),
        // Each option keeps its own note: the reveal shows it to a player who picked it.
        whyNot: [],
        links: [],
      });
    }
  }
  if (empty.length) warnings.push(emptyRun(empty));
  return { description: '', questions, errors, warnings };
}
