import { hasOwnViews } from '@/app/components/question-types';
import type { PlayerScreen, RoundView } from '@/common/protocol';

/**
 * What this phone answered in the first vote of round `index` (`picked` null: no answer).
 * The room's broadcasts of a held round and of its second vote carry no one's answer,
 * so the phone keeps its own; a (re)connecting phone is sent it (`picked`, `firstPicked`).
 */
export interface OwnAnswer {
  index: number;
  picked: string[] | null;
  text: string | null;
}

/** The first-vote answer a screen from the server tells, if it tells one. */
export function firstAnswerIn(screen: PlayerScreen): OwnAnswer | null {
  if (screen.screen === 'held' && screen.picked) return { index: screen.round.index, picked: screen.picked, text: screen.pickedText ?? null };
  if (screen.screen !== 'question') return null;
  const { round } = screen;
  if (round.attempt === 2) return screen.firstPicked === undefined ? null : { index: round.index, picked: screen.firstPicked, text: screen.firstText ?? null };
  return screen.picked ? { index: round.index, picked: screen.picked, text: screen.pickedText ?? null } : null;
}

type Given = { picked: string[]; text: string | null };

/** Whether two answers are the same: the same options (in order where order is the answer: an order, pairs) and the same text. */
function sameAnswer(round: RoundView, a: Given, b: Given): boolean {
  const ids = (picked: string[]) => (hasOwnViews(round.type) ? picked : [...picked].sort()).join('\n');
  return ids(a.picked) === ids(b.picked) && (a.text ?? '').trim().toLowerCase() === (b.text ?? '').trim().toLowerCase();
}

/**
 * Whether this player's answer became right in the second vote: their final answer is right and is not the first
 * one they gave (none counts as not right, as the server counts it). Unknown (a phone reloaded at the reveal): no.
 */
export function changedToRight({ round, reveal, you }: Extract<PlayerScreen, { screen: 'reveal' }>, first: OwnAnswer | null): boolean {
  if (!reveal.firstVote || you.outcome !== 'correct' || !first || first.index !== round.index) return false;
  return first.picked === null || !sameAnswer(round, { picked: first.picked, text: first.text }, { picked: you.pickedOptionIds, text: you.pickedText });
}
