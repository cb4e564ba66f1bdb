// What every format's reader produces: a raw bank of questions as written, with
// their source lines, before options, validation and images (read-bank.ts) are
// applied. One shape for all formats, so everything after reading is shared.
import type { CaseStudy, Issue, ParsedLink } from '../types';
import type { Form } from './question-forms';
import type { WrittenOption } from './task-list';

export interface RawQuestion {
  line: number;
  /** the file of a folder or zip it came from */
  file?: string;
  section: string;
  stem: string;
  stemPlain: string;
  /** from "(Select TWO.)" in the stem; undefined when the stem doesn't say */
  select?: number;
  /** plain text of the italic answer paragraph, the source of generated labels */
  answer?: string;
  /** a task list written under the question */
  options?: WrittenOption[];
  /** a question type's form, when it is not a choice (question-forms.ts) */
  form?: Form;
  /** markdown only (question-forms.ts); other readers leave it out */
  caseStudy?: CaseStudy | null;
  explanation: string;
  whyNot: string[];
  links: ParsedLink[];
}

export interface RawBank {
  title?: string;
  description: string;
  questions: RawQuestion[];
  errors: Issue[];
  warnings: Issue[];
}
