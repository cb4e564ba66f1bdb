import type { CaseStudy, QuestionType } from '../game/types';

export type { CaseStudy, QuestionType };

/** A problem found in a bank, pinned to a 1-based line. `file` is set when the
 * problem is in a companion file (the curated options sidecar), not the bank. */
export interface Issue {
  line: number;
  message: string;
  file?: string;
}

export interface ParsedOption {
  text: string;
  correct: boolean;
  /** matching: the answer this prompt pairs with (see question-forms.ts) */
  match?: string;
  /** false when Cramjam generated the option; true when the bank's author or a curator wrote it */
  authored: boolean;
}

export interface ParsedLink {
  title: string;
  url: string;
}

export interface ParsedQuestion {
  /**
   * 'choice' for pick-one and pick-N. Other types (question-forms.ts) keep
   * their content in `options`: ordering the items in their right order,
   * matching the prompts with their `match`, typed the accepted answers,
   * true/false the options True and False.
   */
  type: QuestionType;
  /** the case study this question belongs to, if any */
  caseStudy: CaseStudy | null;
  section: string;
  /** markdown: scenario and ask, lines joined with "\n" */
  stem: string;
  options: ParsedOption[];
  /** how many options are correct and must be picked */
  select: number;
  /** markdown: the answer paragraph followed by any further explanation paragraphs */
  explanation: string;
  /** markdown: notes on why a tempting option is wrong (the ~~...~~ paragraphs) */
  whyNot: string[];
  links: ParsedLink[];
  /** 1-based source line where the question starts */
  line: number;
}

export interface ParsedBank {
  title: string;
  description: string;
  /** distinct sections in order of first appearance */
  sections: string[];
  questions: ParsedQuestion[];
}

export interface BankResult {
  /** present only when there are no errors */
  bank?: ParsedBank;
  errors: Issue[];
  warnings: Issue[];
}
