import type { OptionView, QuestionType } from '@/common/protocol';

/** What a per-type answer input needs of a question: the live round and practice both give this. */
export interface InputQuestion {
  type: QuestionType;
  options: OptionView[];
  matches: OptionView[];
}

export interface InputProps {
  question: InputQuestion;
  onSend: (answer: { optionIds: string[]; text?: string }) => void;
  busy: boolean;
  /** where a half-built answer survives a reload; null: in memory only */
  draftKey: string | null;
  /** the submit button's name: "Submit" in a game, "Check" in practice */
  submitLabel: string;
}
