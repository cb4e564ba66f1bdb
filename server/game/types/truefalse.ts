import type { QuestionKind } from '../question-types';
import { choice } from './choice';

/**
 * True or false: a choice between the two fixed options "True" and "False"
 * that the bank reader makes (server/bank/question-forms.ts). Its rules are a
 * single choice's; its own module is where they would diverge.
 */
export const trueFalse: QuestionKind = choice;
