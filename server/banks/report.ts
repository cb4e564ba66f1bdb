// The partial-import report: problems grouped by cause, each group with its
// count, its lines and one example, so 80 alike problems read as one line.
// Long lists are cut to their first MAX_LISTED_ISSUES and one issue that counts
// the rest, so a file of 600,000 bad rows still has a reply of a few kilobytes.
import type { Issue } from './types';

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
