import { tallyByArrival } from './question-types';
import { entriesOf, lookup, shardsOf, valuesOf, type Shards } from './shards';
import type { AcceptedAnswer, FirstVote, GameQuestion, OpenRound } from './types';

/**
 * "Discuss and vote again" (peer instruction, Crouch & Mazur 2001): when a
 * round's first vote splits the room, the reveal is held and the host may open
 * a second answer window on the same question, with the same option order and
 * no reading time. The second answer replaces the first (a player who does not
 * vote again keeps the first) and scores with no speed part: talking it over
 * is the point, not racing. The engine (engine.ts) applies these rules.
 */

/** A split: between 30 % and 70 % of the answers right, the band where discussion moves most players (Crouch & Mazur). */
export const SPLIT_MIN_SHARE = 0.3;
export const SPLIT_MAX_SHARE = 0.7;
/** Fewer answers than this are not a room to split. */
export const SPLIT_MIN_ANSWERS = 2;

/** Whether a first vote with these counts splits the room. */
export function isSplit(answered: number, correctCount: number): boolean {
  if (answered < SPLIT_MIN_ANSWERS) return false;
  const share = correctCount / answered;
  return share >= SPLIT_MIN_SHARE && share <= SPLIT_MAX_SHARE;
}

/** Each player's answer that counts: in a second vote their second, else their first. */
export function finalAnswers(round: OpenRound): Shards<AcceptedAnswer> {
  if (round.attempt !== 2 || !round.first) return round.answers;
  const merged = new Map<string, AcceptedAnswer>(entriesOf(round.first));
  for (const [id, answer] of entriesOf(round.answers)) merged.set(id, answer);
  return shardsOf(merged);
}

/** How the first vote of a round voted on twice fell, and how many moved to the right answer. */
export function firstVote(question: GameQuestion, round: OpenRound): FirstVote | undefined {
  if (round.attempt !== 2 || !round.first) return undefined;
  const given = valuesOf(round.first);
  let changedToRight = 0;
  for (const [id, second] of entriesOf(round.answers)) if (second.correct && !lookup(round.first, id)?.correct) changedToRight++;
  return { distribution: tallyByArrival(question, given), answered: given.length, correctCount: given.filter((a) => a.correct).length, changedToRight };
}

