// GFM task lists ("- [x] right", "- [ ] wrong"): how authors, and the curated
// sidecar, write options themselves. A quote under an option is its note, shown
// as "why not" to a player who picked it when it is wrong:
//
//   - [ ] Root mean square error
//     > RMSE measures a regression's error, not a classifier's.
import type { Blockquote, List } from 'mdast';
import { inlineMarkdown, lineOf, sliceOf, type Source } from './markdown';
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
      const note = noteOf(item.children.slice(1), src);
      options.push(note ? { text, correct: item.checked, note } : { text, correct: item.checked });
    }
  }
  return { options, errors };
}

/** The note of an option: the quote under it, as markdown (each line's indentation and "> " mark taken off). */
function noteOf(blocks: List['children'][number]['children'], src: Source): string {
  const quote = blocks.find((block): block is Blockquote => block.type === 'blockquote');
  if (!quote) return '';
  return sliceOf(quote, src)
    .split(/\r?\n/)
    .map((line) => line.replace(/^[ \t]*>[ \t]?/, '').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
