import type { ParsedQuestion } from '@/server/banks/types';
import type { QuestionType, RevealView, RoundView } from '@/common/protocol';
import { matchingViews } from './matching-views';
import { orderingViews } from './ordering-views';
import type { RevealCounts, TypeLabels, TypeViews } from './type-views';
import { typedViews } from './typed-views';
import type { InputProps, InputQuestion } from './types';

/** A type every screen shows as its grid of coloured options (choice-options.tsx, choice-reveal.tsx, choice-buttons.tsx): its labels, no views of its own. */
export type GridType = TypeLabels;

/**
 * The browser's registry of question types: each type's views module, or its
 * label when it is shown as the grid. A screen asks hasOwnViews(type) and
 * otherwise renders one of the components below.
 */
export const TYPES: Record<QuestionType, TypeViews | GridType> = {
  choice: { label: 'Multiple choice', results: { row: 'Option', count: 'Picked by' } },
  truefalse: { label: 'True or false', results: { row: 'Option', count: 'Picked by' } },
  ordering: orderingViews,
  matching: matchingViews,
  typed: typedViews,
};

function viewsOf(type: QuestionType): TypeViews | undefined {
  const entry = TYPES[type];
  return 'input' in entry ? entry : undefined;
}

export function hasOwnViews(type: QuestionType): boolean {
  return viewsOf(type) !== undefined;
}

/** Whether a type's phone input takes only its own height (see TypeViews.compactInput); the grid fills the screen. */
export function hasCompactInput(type: QuestionType): boolean {
  return viewsOf(type)?.compactInput ?? false;
}

export function AnswerInput({ type, ...props }: InputProps & { type: QuestionType }) {
  return viewsOf(type)?.input(props) ?? null;
}

export function HostQuestionBody({ round }: { round: RoundView }) {
  return viewsOf(round.type)?.hostQuestion(round) ?? null;
}

/**
 * The right answer of a type with its own views, and how the room did. Sized in
 * em: the host puts it in its stage's t-body, a phone in a surface panel.
 */
export function RevealBody({ round, reveal, className }: { round: RoundView; reveal: RevealView; className: string }) {
  return (
    <div className={`flex flex-col gap-[0.6em] ${className}`}>
      <RightCount reveal={reveal} />
      <TypeReveal round={round} reveal={reveal} />
    </div>
  );
}

/** A type's right answer with the room's counts, without the headline (the report's questions). */
export function TypeReveal({ round, reveal }: { round: InputQuestion; reveal: RevealCounts }) {
  return viewsOf(round.type)?.reveal(round, reveal) ?? null;
}

/** A type's right answer alone, in its own form: a numbered order, pairs, accepted answers as chips. */
export function SolutionBody({ question, correctOptionIds, accepted }: { question: InputQuestion; correctOptionIds: string[]; accepted: string[] }) {
  return viewsOf(question.type)?.solution(question, correctOptionIds, accepted) ?? null;
}

/** The reveal's headline for every type: "3 of 5 got it right". */
export function RightCount({ reveal }: { reveal: Pick<RevealView, 'correctCount' | 'answered'> }) {
  return (
    <p role="status" className="text-[1.1em] font-black">
      {reveal.correctCount} of {reveal.answered} got it right
    </p>
  );
}

/** The player's own answer, in its type's form (its order, its pairs, its text). */
export function AnsweredBody({ round, optionIds, text }: { round: InputQuestion; optionIds: string[]; text: string | null }) {
  return viewsOf(round.type)?.answered(round, optionIds, text) ?? null;
}

export function describeAnswer(round: InputQuestion, optionIds: string[], text: string | null): string {
  return viewsOf(round.type)?.describe(round, optionIds, text) ?? '';
}

export function PreviewBody({ question }: { question: ParsedQuestion }) {
  return viewsOf(question.type)?.preview(question) ?? null;
}

export const TYPE_LABEL = Object.fromEntries(Object.entries(TYPES).map(([type, { label }]) => [type, label])) as Record<QuestionType, string>;
