// The partial-import report: problems grouped by cause, each group with its
// count, its lines and one example, so 80 alike problems read as one line.
import type { Issue } from './types';

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
    const group = groups.get(cause);
    if (group) {
      group.count++;
      group.lines.push(issue.line);
    } else groups.set(cause, { count: 1, example: issue, lines: [issue.line] });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** How many questions the errors keep out of an import. */
export function skippedCount(errors: Issue[]): number {
  return new Set(errors.flatMap((error) => (error.question === undefined ? [] : [`${error.file ?? ''}:${error.question}`]))).size;
}
