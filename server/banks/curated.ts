// Curated options: a sidecar "X.options.md" next to a bank "X.md" that gives
// hand-picked options for questions whose author wrote none, without editing the
// author's file. It is markdown a reviewer can read beside the bank:
//
//   ## Official Pretest                       <- "#"/"##" headings only group entries
//   ### An ML engineer wants to use Amazon SageMaker to create a model   <- stem excerpt
//   - [x] Receiver operating characteristic (ROC) curve
//   - [ ] Precision-recall curve
//
// An entry is a "###" heading quoting the start of a question's stem, followed by
// a task list. Paragraphs anywhere are reviewer notes and are ignored.
import { lineOf, parseMarkdown, plainText } from './formats/markdown';
import { readTaskList, type WrittenOption } from './formats/task-list';
import { excerpt, normalizeKey } from './text';
import type { Issue } from './types';

export interface CuratedEntry {
  /** the heading text: the start of the stem it belongs to */
  excerpt: string;
  line: number;
  options: WrittenOption[];
}

export interface CuratedOptions {
  /** the sidecar's file name, used in its messages */
  file: string;
  text: string;
}

export function readCuratedOptions({ file, text }: CuratedOptions): { entries: CuratedEntry[]; errors: Issue[] } {
  const { root, src } = parseMarkdown(text, { frontMatter: true });
  const entries: CuratedEntry[] = [];
  const errors: Issue[] = [];
  let pending: { excerpt: string; line: number } | undefined;
  const unfinished = () => {
    if (pending) errors.push({ file, line: pending.line, message: `"${pending.excerpt}" needs a task list of options below it` });
    pending = undefined;
  };

  for (const node of root.children) {
    if (node.type === 'heading') {
      unfinished();
      if (node.depth >= 3) pending = { excerpt: plainText(node).replace(/\s+/g, ' ').trim(), line: lineOf(node, src) };
    } else if (node.type === 'list') {
      if (!pending) {
        errors.push({ file, line: lineOf(node, src), message: 'options must follow a "###" heading that quotes the start of their question' });
        continue;
      }
      const list = readTaskList(node, src, file);
      errors.push(...list.errors);
      entries.push({ ...pending, options: list.options });
      pending = undefined;
    }
  }
  unfinished();
  return { entries, errors };
}

/**
 * Which entry belongs to which question: an entry matches the one question
 * whose stem starts with its heading (case and spacing ignored; a trailing
 * "…" or "..." is allowed). Returns one slot per question.
 */
export function matchCurated(
  entries: CuratedEntry[],
  questions: { stemPlain: string; line: number; options?: unknown[] }[],
  file: string,
): { matches: (CuratedEntry | undefined)[]; errors: Issue[] } {
  const stems = questions.map((question) => normalizeKey(question.stemPlain));
  const matches: (CuratedEntry | undefined)[] = questions.map(() => undefined);
  const errors: Issue[] = [];
  for (const entry of entries) {
    const key = normalizeKey(entry.excerpt.replace(/(…|\.\.\.)\s*$/, ''));
    const found = stems.flatMap((stem, index) => (key && stem.startsWith(key) ? [index] : []));
    const [index] = found;
    if (index === undefined) {
      errors.push({ file, line: entry.line, message: `"${excerpt(entry.excerpt)}" matches no question in the bank` });
    } else if (found.length > 1) {
      const lines = found.map((i) => questions[i]?.line).join(', ');
      errors.push({ file, line: entry.line, message: `"${excerpt(entry.excerpt)}" matches ${found.length} questions (lines ${lines}); quote more of the stem` });
    } else if (questions[index]?.options) {
      errors.push({ file, line: entry.line, message: `the question at line ${questions[index]?.line} lists its own options; remove this entry` });
    } else if (matches[index]) {
      errors.push({ file, line: entry.line, message: `the question at line ${questions[index]?.line} already has options at line ${matches[index]?.line}` });
    } else {
      matches[index] = entry;
    }
  }
  return { matches, errors };
}
