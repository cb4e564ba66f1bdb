import type { PlayerScreen } from '@/common/protocol';

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
