// The partial-import report: problems grouped by cause, each group with its
// count, its lines and one example, so 80 alike problems read as one line.
// Long lists are cut to their first MAX_LISTED_ISSUES and one issue that counts
// the rest, so a file of 600,000 bad rows still has a reply of a few kilobytes.
import type { Issue } from './types';
import { DUPLICATE } from './validate';

/** Problems (and, apart, warnings) listed one by one; more are counted in one last issue. */
export const MAX_LISTED_ISSUES = 100;

export interface IssueGroup {
  /** how many problems of this kind */
  count: number;
  /** the first problem of the group, as written */
  example: Issue;
  lines: number[];
}

/** Problems alike but for their numbers and quoted text are one cause. */
const causeOf = (issue: Issue) =>
  `${issue.file ?? ''}\0${issue.message.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, '#')}`;

export function groupIssues(issues: Issue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const cause = causeOf(issue);
    const count = issueCount([issue]);
    const group = groups.get(cause);
    if (group) {
      group.count += count;
      group.lines.push(issue.line);
    } else groups.set(cause, { count, example: issue, lines: [issue.line] });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** How many problems `issues` stand for, the unlisted ones that listFirst counted included. */
export const issueCount = (issues: Issue[]) => issues.reduce((sum, issue) => sum + (issue.omitted?.issues ?? 1), 0);

/** The questions (file and start line) that issues keep out of an import. */
export const questionKeys = (issues: Issue[]) => issues.flatMap((issue) => (issue.question === undefined ? [] : [`${issue.file ?? ''}:${issue.question}`]));

/** How many questions the errors keep out of an import. */
export function skippedCount(errors: Issue[]): number {
  return new Set(questionKeys(errors)).size + errors.reduce((sum, error) => sum + (error.omitted?.questions ?? 0), 0);
}

/** The first MAX_LISTED_ISSUES issues, and one that says how many more there are (and the questions they skip). */
export function listFirst(issues: Issue[], kind: 'problems' | 'warnings'): Issue[] {
  if (issues.length <= MAX_LISTED_ISSUES) return issues;
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  const rest = issues.slice(MAX_LISTED_ISSUES);
  const listedQuestions = new Set(questionKeys(listed));
  const questions = new Set(questionKeys(rest).filter((key) => !listedQuestions.has(key))).size;
  const skipped = questions ? `; they keep ${questions.toLocaleString('en')} more ${questions === 1 ? 'question' : 'questions'} out` : '';
  const message = `…and ${rest.length.toLocaleString('en')} more ${kind} like these, not listed here${skipped}`;
  const { line, file } = rest[0]!; // where the unlisted ones start
  return [...listed, { line, ...(file === undefined ? {} : { file }), message, omitted: { issues: rest.length, questions } }];
}

/** How a warning that passes text over as not a question starts (intro prose, instructions, empty rows); every reader writes it so. */
export const IGNORED = 'ignored, not a question';

/** How many pieces of the file were passed over as not questions: a run of empty rows counts its rows. */
export const ignoredCount = (warnings: Issue[]) => warnings.reduce((sum, warning) => sum + (warning.message.startsWith(IGNORED) ? (warning.rows ?? 1) : 0), 0);

/** What became of everything in a file: N questions, M skipped (D of them duplicates), K ignored as not questions. */
export interface BankCounts {
  questions: number;
  skipped: number;
  /** of the skipped: copies of an earlier question */
  duplicates: number;
  ignored: number;
}

/** Counted from the whole lists, before listFirst cuts them. */
export function countIssues(questions: number, errors: Issue[], warnings: Issue[]): BankCounts {
  const duplicates = new Set(questionKeys(errors.filter((error) => error.message.startsWith(DUPLICATE)))).size;
  return { questions, skipped: skippedCount(errors), duplicates, ignored: ignoredCount(warnings) };
}

const counted = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** "12 questions, 2 skipped (1 duplicate), 70 ignored as not questions" */
export function countsLine({ questions, skipped, duplicates, ignored }: BankCounts): string {
  const copies = duplicates ? ` (${counted(duplicates, 'duplicate')})` : '';
  return `${counted(questions, 'question')}, ${skipped.toLocaleString('en')} skipped${copies}, ${ignored.toLocaleString('en')} ignored as not questions`;
}

/** A skipped question with every problem that keeps it out. */
export interface SkippedQuestion {
  file?: string;
  line: number;
  problems: string[];
}

/** The problems that skip questions, one entry per question in file order; the rest (a file-level problem, the "…and N more" line) apart. */
export function skippedQuestions(errors: Issue[]): { questions: SkippedQuestion[]; other: Issue[] } {
  const questions = new Map<string, SkippedQuestion>();
  const other: Issue[] = [];
  for (const error of errors) {
    if (error.question === undefined) {
      other.push(error);
      continue;
    }
    const key = `${error.file ?? ''}:${error.question}`;
    const entry = questions.get(key) ?? { ...(error.file === undefined ? {} : { file: error.file }), line: error.question, problems: [] };
    entry.problems.push(error.message);
    questions.set(key, entry);
  }
  return { questions: [...questions.values()], other };
}

/** Skipped questions alike in every problem (but for numbers and quoted text), as one line of the preview. */
export interface SkippedGroup {
  /** how many questions */
  count: number;
  /** the first of them, with all its problems */
  example: SkippedQuestion;
  /** every one's start line */
  lines: number[];
}

/** One count per question, its problems under it; 42 questions with the same problem read as one group. */
export function groupSkipped(errors: Issue[]): { groups: SkippedGroup[]; other: Issue[] } {
  const { questions, other } = skippedQuestions(errors);
  const groups = new Map<string, SkippedGroup>();
  for (const question of questions) {
    const cause = question.problems.map((message) => causeOf({ line: 0, message, ...(question.file === undefined ? {} : { file: question.file }) })).join('\n');
    const group = groups.get(cause);
    if (group) {
      group.count++;
      group.lines.push(question.line);
    } else groups.set(cause, { count: 1, example: question, lines: [question.line] });
  }
  return { groups: [...groups.values()], other };
}
