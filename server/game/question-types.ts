import { choice } from './types/choice';
import { matching } from './types/matching';
import { ordering } from './types/ordering';
import { trueFalse } from './types/truefalse';
import { typed } from './types/typed';
import type { BankForm } from './bank-form';
import type { AcceptedAnswer, AnswerInput, QuestionType } from './types';

/**
 * The registry of question types. Everything that differs between types is a
 * function of the type's module (its rules, scoring and bank form); the engine,
 * the views, the store, the report and the bank readers call these and never
 * switch on the type themselves.
 *
 * The modules work on a plain question whose options are in the order players
 * saw them, with whatever ids the caller uses (this game's o0…, or the bank's
 * ids in a report), so one set of rules serves the live game and the report.
 */

export interface KindOption {
  id: string;
  text: string;
  correct: boolean;
  /** the bank's order: an ordering question's right order */
  position: number;
  /** matching: the answer this prompt pairs with */
  match: string | null;
}

export interface KindQuestion {
  type: QuestionType;
  select: number;
  /** in the order players saw them */
  options: KindOption[];
}

export type Given = Pick<AcceptedAnswer, 'optionIds' | 'text'>;

export interface Shown {
  id: string;
  text: string;
}

export interface QuestionKind {
  /** What players see while the round is open: never anything that gives the answer away. */
  shown(q: KindQuestion): { options: Shown[]; matches: Shown[] };
  /** The answer as this type keeps it, or why the input is not one. */
  accept(q: KindQuestion, input: AnswerInput): Given | { error: string };
  isCorrect(q: KindQuestion, answer: Given): boolean;
  /** The right answer in the ids players know: choice the correct set, ordering the items in order, matching a match id per prompt. */
  solution(q: KindQuestion): string[];
  /** typed: the accepted answers; other types: none */
  accepted(q: KindQuestion): string[];
  /** What the reveal and the report count over the answers given (see each module). */
  tally(q: KindQuestion, answers: Given[]): Record<string, number>;
  /** An answer written for people, as the CSV and the report show it. */
  describe(q: KindQuestion, answer: Given): string;
  /** true when an answer's ids name options (stored as the bank's option ids); false when they name something else */
  idsNameOptions: boolean;
  /** true when the tally's keys are what players wrote: the host may keep them off the screen */
  tallyIsPlayerText: boolean;
  /** true when the bank's order of the options is the answer: they are always shown shuffled, never already in order */
  orderIsTheAnswer: boolean;
  /** true when an answer picks options (choice, true/false): a wrong option picked has its note shown as "why not" (why-not.ts) */
  picksOptions: boolean;
  /** how a bank writes a question of this type */
  form: BankForm;
}

const KINDS: Record<QuestionType, QuestionKind> = { choice, truefalse: trueFalse, ordering, matching, typed };

export function kindOf(type: QuestionType): QuestionKind {
  return KINDS[type];
}

/** The right answer written for people, as the report and practice show it. */
export function describeSolution(q: KindQuestion): string {
  const kind = kindOf(q.type);
  return kind.describe(q, { optionIds: kind.solution(q), text: kind.accepted(q).join(' | ') });
}

/**
 * A round's tally as the room saw it, for the live reveal and the report alike:
 * answers in the order they arrived (ties by text), so a typed answer is counted
 * under the spelling that came first in both.
 */
export function tallyByArrival(q: KindQuestion, answers: readonly Pick<AcceptedAnswer, 'optionIds' | 'text' | 'responseMs'>[]): Record<string, number> {
  const text = (a: { text: string | null }) => a.text ?? '';
  const byArrival = [...answers].sort((a, b) => a.responseMs - b.responseMs || (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0));
  return kindOf(q.type).tally(q, byArrival);
}

/** An answer's ids as stored (the bank's option ids) from this game's, and back: only when the type's ids name options. */
export function storedIds(q: { type: QuestionType; options: { id: string; sourceId: string }[] }, optionIds: string[]): string[] {
  if (!kindOf(q.type).idsNameOptions) return optionIds;
  return optionIds.map((id) => q.options.find((o) => o.id === id)!.sourceId);
}

export function gameIds(q: { type: QuestionType; options: { id: string; sourceId: string }[] }, stored: string[]): string[] {
  if (!kindOf(q.type).idsNameOptions) return stored;
  return stored.map((sourceId) => q.options.find((o) => o.sourceId === sourceId)?.id ?? sourceId);
}
