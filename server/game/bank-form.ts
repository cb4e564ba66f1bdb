/**
 * A question type's bank form: the options a bank question of the type keeps
 * (what every format reader maps to), how markdown writes it, and how it is
 * read back. The markdown reader hands each block under a question to every
 * type as a plain FormBlock, not a syntax tree, so the types stay pure and
 * browser-safe like the rest of server/game/ (see docs/banks.md for the forms).
 */

export interface FormOption {
  text: string;
  correct: boolean;
  /** matching: the answer this prompt pairs with */
  match?: string;
}

export interface FormItem {
  /** the item's first paragraph as markdown */
  markdown: string;
  /** the whole item as plain text */
  plain: string;
  line: number;
}

/** A block under a question: a list that is not a task list (a choice's options), or a paragraph. */
export type FormBlock = { kind: 'list'; ordered: boolean; items: FormItem[]; line: number } | { kind: 'paragraph'; plain: string; line: number };

export type FormProblem = { error: string; line: number };

/** The reader's text rules, the same for every type and format. */
export interface FormText {
  /** a short quote of a text for a message */
  excerpt(text: string): string;
  /** the first entry written twice (compared as the bank compares texts), as a problem naming `what` */
  repeated(entries: { text: string; line: number }[], what: string): FormProblem | null;
}

export interface BankForm {
  /** Markdown: a block under a question read as this type's options, or what is wrong; undefined when the block is no form of this type. */
  read?(block: FormBlock, text: FormText): { options: FormOption[] } | FormProblem | undefined;
  /** A choice that is this type after all: its options, from the choice's italic answer or its written options. */
  fromChoice?(answer: string | undefined, options: FormOption[] | undefined): FormOption[] | undefined;
  /** Markdown: the form written back (export); undefined for a type written as a task list of its options. */
  write(options: readonly { text: string; match?: string }[]): string | undefined;
}
