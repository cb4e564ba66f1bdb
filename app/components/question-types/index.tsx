import type { ParsedQuestion } from '@/server/bank';
import type { QuestionType, RevealView, RoundView } from '@/server/protocol';
import { matchingViews } from './matching-views';
import { orderingViews } from './ordering-views';
import type { TypeViews } from './type-views';
import { typedViews } from './typed-views';
import type { InputProps } from './types';

/**
 * The views of each question type, by type. Choice and true/false have none
 * here: every screen shows them as its grid of coloured options. A screen asks
 * hasOwnViews(type) and otherwise renders one of the components below.
 */
const VIEWS: Partial<Record<QuestionType, TypeViews>> = {
  ordering: orderingViews,
  matching: matchingViews,
  typed: typedViews,
};

export function hasOwnViews(type: QuestionType): boolean {
  return VIEWS[type] !== undefined;
}

export function AnswerInput({ type, ...props }: InputProps & { type: QuestionType }) {
  return VIEWS[type]?.input(props) ?? null;
}

export function HostQuestionBody({ round }: { round: RoundView }) {
  return VIEWS[round.type]?.hostQuestion(round) ?? null;
}

/**
 * The right answer of a type with its own views, and how the room did. Sized in
 * em: the host puts it in its stage's t-body, a phone in a surface panel.
 */
export function RevealBody({ round, reveal, className }: { round: RoundView; reveal: RevealView; className: string }) {
  return (
    <div className={`flex flex-col gap-[0.6em] ${className}`}>
      <p role="status" className="text-[1.1em] font-black">
        {reveal.correctCount} of {reveal.answered} got it right
      </p>
      {VIEWS[round.type]?.reveal(round, reveal)}
    </div>
  );
}

/** The player's own answer on "Answer received" (its own form per type). */
export function AnsweredBody({ round, optionIds, text }: { round: RoundView; optionIds: string[]; text: string | null }) {
  return VIEWS[round.type]?.answered(round, optionIds, text) ?? null;
}

export function describeAnswer(round: RoundView, optionIds: string[], text: string | null): string {
  return VIEWS[round.type]?.describe(round, optionIds, text) ?? '';
}

export function PreviewBody({ question }: { question: ParsedQuestion }) {
  return VIEWS[question.type]?.preview(question) ?? null;
}

export const TYPE_LABEL: Record<QuestionType, string> = {
  choice: 'Multiple choice',
  truefalse: 'True or false',
  ordering: 'Ordering',
  matching: 'Matching',
  typed: 'Type the answer',
};
