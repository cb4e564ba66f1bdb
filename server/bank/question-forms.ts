// The markdown forms of the question types other than multiple choice, read
// from the blocks under a question (see docs/banks.md "The other question types"):
//
//   ordering        a numbered list under the question: the items in their right order
//   matching        a bullet list of "prompt -> answer" lines
//   type the answer an "Answer: text | variant | …" paragraph
//   true/false      an italic answer that starts with "True" or "False" (or options True, False)
//   case study      a "Case study: title" heading, its scenario in a > quote below it,
//                   shared by the questions that follow until the next heading
//
// The parser calls readForm on each block of an open question and
// trueFalseForm when it closes one; everything type-specific stays here.
import type { List, RootContent } from 'mdast';
import { MATCHING_PROMPTS } from '../game/types/matching';
import { ORDERING_ITEMS } from '../game/types/ordering';
import { TYPED_MAX } from '../game/types/typed';
import { blockMarkdown, inlineMarkdown, lineOf, plainText, type Source } from './markdown';
import { isTaskList } from './task-list';
import { excerpt, normalizeKey } from './text';
import type { CaseStudy, Issue, QuestionType } from './types';

export interface FormOption {
  text: string;
  correct: boolean;
  match?: string;
}

/** A question's type and the options its form wrote: ordering items, matching prompts, accepted answers. */
export interface Form {
  type: Exclude<QuestionType, 'choice'>;
  options: FormOption[];
  line: number;
}

const ARROW = /\s*(?:->|→)\s*/;
const ANSWER = /^answer\s*:/i;

/**
 * Reads `node` as a type's form when it is one: returns the form (null when
 * malformed, with the errors pushed), or undefined when the node is no form.
 */
export function readForm(node: RootContent, src: Source, errors: Issue[]): Form | null | undefined {
  if (node.type === 'list' && !isTaskList(node)) {
    if (node.ordered) return ordering(node, src, errors);
    if (node.children.some((item) => ARROW.test(plainText(item)))) return matching(node, src, errors);
  }
  if (node.type === 'paragraph' && ANSWER.test(plainText(node).trim())) {
    const line = lineOf(node, src);
    const accepted = plainText(node).trim().replace(ANSWER, '').split('|').map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (accepted.length === 0) {
      errors.push({ line, message: 'type-the-answer question has no accepted answer: write "Answer: the answer | another accepted spelling"' });
      return null;
    }
    const long = accepted.find((t) => t.length > TYPED_MAX);
    if (long) {
      errors.push({ line, message: `accepted answer "${excerpt(long)}" is longer than the ${TYPED_MAX} characters a player may type` });
      return null;
    }
    return { type: 'typed', options: accepted.map((text) => ({ text, correct: true })), line };
  }
  return undefined;
}

function itemTexts(list: List, src: Source): { text: string; line: number }[] {
  return list.children.map((item) => {
    const first = item.children[0];
    return { text: first?.type === 'paragraph' ? inlineMarkdown(first.children, src) : '', line: lineOf(item, src) };
  });
}

function ordering(list: List, src: Source, errors: Issue[]): Form | null {
  const line = lineOf(list, src);
  const items = itemTexts(list, src);
  const { min, max } = ORDERING_ITEMS;
  if (items.length < min || items.length > max) {
    errors.push({ line, message: `an ordering question has ${min} to ${max} items to put in order, not ${items.length}` });
    return null;
  }
  if (!distinct(items, 'item', errors)) return null;
  return { type: 'ordering', options: items.map(({ text }) => ({ text, correct: true })), line };
}

function matching(list: List, src: Source, errors: Issue[]): Form | null {
  const line = lineOf(list, src);
  const pairs = itemTexts(list, src).map(({ text, line }) => {
    const [prompt = '', ...rest] = text.split(ARROW);
    return { text: prompt.trim(), match: rest.join(' -> ').trim(), line };
  });
  const bad = pairs.find((p) => !p.text || !p.match);
  if (bad) {
    errors.push({ line: bad.line, message: 'each line of a matching question is "prompt -> its answer"' });
    return null;
  }
  const { min, max } = MATCHING_PROMPTS;
  if (pairs.length < min || pairs.length > max) {
    errors.push({ line, message: `a matching question has ${min} to ${max} "prompt -> answer" lines, not ${pairs.length}` });
    return null;
  }
  if (!distinct(pairs, 'prompt', errors)) return null;
  return { type: 'matching', options: pairs.map(({ text, match }) => ({ text, match, correct: true })), line };
}

function distinct(entries: { text: string; line: number }[], what: string, errors: Issue[]): boolean {
  const seen = new Map<string, number>();
  for (const { text, line } of entries) {
    const key = normalizeKey(text);
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ line, message: `${what} "${excerpt(text)}" is listed twice (lines ${first} and ${line})` });
      return false;
    }
    seen.set(key, line);
  }
  return true;
}

/**
 * A true/false question: a choice whose italic answer starts with "True" or
 * "False", or whose options are exactly True and False (as export writes it).
 */
export function trueFalseForm(answer: string | undefined, options: FormOption[] | undefined, line: number): Form | undefined {
  const texts = options?.map((o) => o.text.toLowerCase());
  const written = options?.length === 2 && texts![0] === 'true' && texts![1] === 'false' && options.filter((o) => o.correct).length === 1;
  const verdict = written ? (options[0]!.correct ? 'true' : 'false') : options ? undefined : /^(true|false)\b/i.exec(answer ?? '')?.[1]?.toLowerCase();
  if (!verdict) return undefined;
  return { type: 'truefalse', options: [{ text: 'True', correct: verdict === 'true' }, { text: 'False', correct: verdict === 'false' }], line };
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

/** A question type's form written back as markdown (for export); undefined for a choice, written as a task list. */
export function formMarkdown(question: { type: QuestionType; options: { text: string; match?: string }[] }): string | undefined {
  if (question.type === 'ordering') return question.options.map((o, i) => `${i + 1}. ${o.text}`).join('\n');
  if (question.type === 'matching') return question.options.map((o) => `- ${o.text} -> ${o.match ?? ''}`).join('\n');
  if (question.type === 'typed') return `Answer: ${question.options.map((o) => o.text).join(' | ')}`;
  return undefined;
}

/** A case study's heading and quoted scenario (for export). */
export function caseStudyMarkdown({ title, scenario }: CaseStudy): string {
  return [`### Case study${title ? `: ${title}` : ''}`, scenario.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n')].join('\n\n');
}
