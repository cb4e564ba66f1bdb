import type { BankImage } from './images';
import type { BankCounts } from './report';
import type { Assumption, ReadingKey } from './readings';
import type { CaseStudy, QuestionType } from '../game/types';

export type { CaseStudy, QuestionType };

/** A problem found in a bank, pinned to a 1-based line. `file` is set when the
 * problem is in a companion file (the curated options sidecar), not the bank. */
export interface Issue {
  line: number;
  message: string;
  file?: string;
  /** the start line of the question this problem keeps out of the import (partial import skips it, the rest go in) */
  question?: number;
  /** on the one issue that stands for the rest of a long list (report.ts): how many it stands for, and the questions they keep out beyond those listed */
  omitted?: { issues: number; questions: number };
  /** on an "ignored, not a question" warning that stands for a run of empty rows: how many rows */
  rows?: number;
  /** on a note of how a layout that reads two ways was read (readings.ts): which layout */
  assumed?: ReadingKey;
}

export interface ParsedOption {
  text: string;
  correct: boolean;
  /** matching: the answer this prompt pairs with (see formats/question-forms.ts) */
  match?: string;
  /** false when Cramjam generated the option; true when the bank's author or a curator wrote it */
  authored: boolean;
  /** markdown: the file's own note on this option (GIFT #feedback, a per-option feedback column), shown as "why not" for a wrong option */
  note?: string;
}

export interface ParsedLink {
  title: string;
  url: string;
}

/**
 * One question as every reader (markdown layouts, GIFT, Aiken, CSV, spreadsheet)
 * produces it: a choice question with 2 to 6 options, `select` of them correct.
 * Stem, options and explanation are markdown; readers of plain-text formats escape theirs.
 */
export interface ParsedQuestion {
  /**
   * 'choice' for pick-one and pick-N. Other types (formats/question-forms.ts) keep
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
  /** present only when there are no errors: the whole file is good */
  bank?: ParsedBank;
  /**
   * The questions that can be imported when some are skipped: every question
   * that no error points at (Issue.question). Equals `bank` when there are no
   * errors; absent when nothing can be imported or the file itself is refused.
   */
  importable?: ParsedBank;
  errors: Issue[];
  warnings: Issue[];
  /** how the file was read, e.g. "markdown", "GIFT", "Aiken", "CSV" */
  format?: string;
  /** the images from the zip or folder that the importable questions link, stored with the bank */
  images?: BankImage[];
  /** what became of the file's questions, counted before the lists were cut (finishBank); absent when the file itself was refused */
  counts?: BankCounts;
  /** the layouts read one way of two, with how many questions each (readings.ts); absent when there were none */
  assumed?: Assumption[];
}
