import type { ReactNode } from 'react';
import type { QuestionType } from '@/server/protocol';
import { MatchingInput } from './matching-input';
import { OrderingInput } from './ordering-input';
import { TypedInput } from './typed-input';
import type { InputProps } from './types';

/** The phone's answer input for each type that is not a row of option buttons (choice and true/false are). */
const INPUTS: Partial<Record<QuestionType, (props: InputProps) => ReactNode>> = {
  ordering: (props) => <OrderingInput {...props} />,
  matching: (props) => <MatchingInput {...props} />,
  typed: (props) => <TypedInput {...props} />,
};

/** false for the types whose screens show a grid of options; the question and reveal screens dispatch on it. */
export function hasOwnInput(type: QuestionType): boolean {
  return INPUTS[type] !== undefined;
}

export function AnswerInput({ type, ...props }: InputProps & { type: QuestionType }) {
  return INPUTS[type]?.(props) ?? null;
}
