// The markdown reader's side of the question types' forms (see docs/banks.md
// "The other question types"): each block under an open question is handed to
// every type's module (server/game/types/) as a plain FormBlock, and the type
// whose form it is reads it; the types also say how export writes them back.
// Case studies are read here too:
//
//   case study      a "Case study: title" heading, its scenario in a > quote below it,
//                   shared by the questions that follow until the next heading
//
// The parser calls readForm on each block of an open question and
// trueFalseForm when it closes one.
import type { RootContent } from 'mdast';
import type { FormBlock, FormOption, FormText } from '../../game/bank-form';
import { kindOf } from '../../game/question-types';
import { QUESTION_TYPES } from '../../game/types';
import { blockMarkdown, inlineMarkdown, lineOf, plainText, type Source } from './markdown';
import { isTaskList } from './task-list';
import { excerpt, normalizeKey } from '../text';
import type { CaseStudy, Issue, QuestionType } from '../types';

/** A question's type and the options its form wrote: ordering items, matching prompts, accepted answers. */
export interface Form {
  type: Exclude<QuestionType, 'choice'>;
  options: FormOption[];
  line: number;
}

const KINDS = QUESTION_TYPES.map((type) => ({ type: type as Form['type'], form: kindOf(type).form }));

const FORM_TEXT: FormText = {
  excerpt,
  repeated(entries, what) {
    const seen = new Map<string, number>();
    for (const { text, line } of entries) {
      const key = normalizeKey(text);
      const first = seen.get(key);
      if (first !== undefined) return { line, error: `${what} "${excerpt(text)}" is listed twice (lines ${first} and ${line})` };
      seen.set(key, line);
    }
    return null;
  },
};

/** `compute()`, worked out the first time it is asked for: most blocks are no form, and no type reads their text. */
function once(compute: () => string): () => string {
  let value: string | undefined;
  return () => (value ??= compute());
}

/** The node as the types read it; undefined for a task list (a choice's options) and anything not a list or paragraph. */
function blockOf(node: RootContent, src: Source): FormBlock | undefined {
  if (node.type === 'list' && !isTaskList(node)) {
    const items = node.children.map((item) => {
      const first = item.children[0];
      const markdown = once(() => (first?.type === 'paragraph' ? inlineMarkdown(first.children, src) : ''));
      const plain = once(() => plainText(item));
      return {
        get markdown() {
          return markdown();
        },
        get plain() {
          return plain();
        },
        line: lineOf(item, src),
      };
    });
    return { kind: 'list', ordered: node.ordered === true, items, line: lineOf(node, src) };
  }
  if (node.type === 'paragraph') {
    const plain = once(() => plainText(node));
    return {
      kind: 'paragraph',
      get plain() {
        return plain();
      },
      line: lineOf(node, src),
    };
  }
  return undefined;
}

/**
 * Reads `node` as a type's form when it is one: returns the form (null when
 * malformed, with the errors pushed), or undefined when the node is no form.
 */
export function readForm(node: RootContent, src: Source, errors: Issue[]): Form | null | undefined {
  const block = blockOf(node, src);
  if (!block) return undefined;
  // A choice has no read: its form is the task list blockOf leaves out.
  for (const { type, form } of KINDS) {
    const read = form.read?.(block, FORM_TEXT);
    if (read === undefined) continue;
    if ('error' in read) {
      errors.push({ line: read.line, message: read.error });
      return null;
    }
    return { type, options: read.options, line: block.line };
  }
  return undefined;
}

/** A choice that its italic answer or its options make another type (true/false). */
export function trueFalseForm(answer: string | undefined, options: FormOption[] | undefined, line: number): Form | undefined {
  for (const { type, form } of KINDS) {
    const typed = form.fromChoice?.(answer, options);
    if (typed) return { type, options: typed, line };
  }
  return undefined;
}

/** Case studies: a heading opens one, the quote under it is its scenario, the next heading ends it. */
export class CaseStudies {
  current: CaseStudy | null = null;
  private open = false;

  /** Returns true when the heading opens a case study (it names no section). */
  heading(text: string): boolean {
    const match = /^case study\b\s*[:.\-–—]?\s*(.*)$/i.exec(text);
    this.current = match ? { title: match[1] ?? '', scenario: '' } : null;
    this.open = match !== null;
    return this.open;
  }

  /** A quote before the case's first question is its scenario; returns true when it took the node. */
  scenario(node: RootContent, src: Source): boolean {
    if (!this.open || !this.current || node.type !== 'blockquote') return false;
    const text = node.children.map((child) => blockMarkdown(child, src)).join('\n\n');
    this.current = { ...this.current, scenario: [this.current.scenario, text].filter(Boolean).join('\n\n') };
    return true;
  }

  /** The case study a question opened now belongs to; its scenario is complete from here on. */
  questionOpened(): CaseStudy | null {
    this.open = false;
    return this.current;
  }
}

/** A question type's form written back as markdown (for export); undefined for a type written as a task list. */
export function formMarkdown(question: { type: QuestionType; options: { text: string; match?: string }[] }): string | undefined {
  return kindOf(question.type).form.write(question.options);
}

/** A case study's heading and quoted scenario (for export). */
export function caseStudyMarkdown({ title, scenario }: CaseStudy): string {
  return [`### Case study${title ? `: ${title}` : ''}`, scenario.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n')].join('\n\n');
}
