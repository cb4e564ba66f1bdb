import type { ComponentType } from 'react';
import type { QuestionType } from '@/server/protocol';
import { MatchingInput } from './matching-input';
import { OrderingInput } from './ordering-input';
import { TypedInput } from './typed-input';
import type { InputProps } from './types';

/** The phone's answer input for each type that is not a row of option buttons (choice and true/false are). */
const INPUTS: Partial<Record<QuestionType, ComponentType<InputProps>>> = {
  ordering: OrderingInput,
  matching: MatchingInput,
  typed: TypedInput,
};

/** undefined for the types whose screens show a grid of options; the question and reveal screens dispatch on it. */
export function answerInputFor(type: QuestionType): ComponentType<InputProps> | undefined {
  return INPUTS[type];
}
