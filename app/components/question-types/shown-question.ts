import { kindOf, type KindQuestion } from '@/server/game/question-types';
import type { InputQuestion } from './types';

/** A stored question as its type's views read it (what the phones were shown), from its rules: for the pages after the game. */
export function shownQuestion(rules: KindQuestion): InputQuestion {
  return { type: rules.type, ...kindOf(rules.type).shown(rules) };
}
