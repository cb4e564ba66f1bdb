// GFM task lists ("- [x] right", "- [ ] wrong"): how authors, and the curated
// sidecar, write options themselves.
import type { List } from 'mdast';
import { inlineMarkdown, lineOf, type Source } from './markdown';
import type { Issue } from '../types';

export interface WrittenOption {
  text: string;
  correct: boolean;
  /** markdown: the file's own note on this option (GIFT #feedback, a per-option feedback column), shown as "why not" for a wrong option */
  note?: string;
}

export function isTaskList(list: List): boolean {
  return list.children.some((item) => item.checked !== null && item.checked !== undefined);
}

export function readTaskList(list: List, src: Source, file?: string): { options: WrittenOption[]; errors: Issue[] } {
  const options: WrittenOption[] = [];
  const errors: Issue[] = [];
  for (const item of list.children) {
    const first = item.children[0];
    const text = first?.type === 'paragraph' ? inlineMarkdown(first.children, src) : '';
    if (item.checked === null || item.checked === undefined || !text) {
      errors.push({ file, line: lineOf(item, src), message: 'each option must be a task item with text: "- [x] right" or "- [ ] wrong"' });
    } else {
      options.push({ text, correct: item.checked });
    }
  }
  return { options, errors };
}
