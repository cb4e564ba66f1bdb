import type { Confidence } from '../game/types';
import { computeDecayFactor, createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';

/**
 * A member's memory of one question, scheduled by FSRS (ts-fsrs, the scheduler
 * behind Anki's current algorithm) with its default parameters. Pure: the time
 * of each answer is given, so a test replays weeks in milliseconds.
 *
 * No fuzz, so a schedule can be checked against FSRS's own; no short-term
 * learning steps (1 and 10 minutes), which suit flashcards flipped in one
 * sitting, not a group that meets weekly: every answer schedules in days.
 */
const parameters = generatorParameters({ enable_fuzz: false, enable_short_term: false });
const scheduler = fsrs(parameters);

/**
 * FSRS's forgetting curve, R = (1 + factor * days / stability) ^ decay, with
 * whole days since the last review, as ts-fsrs computes it: the store sums it
 * over many cards in SQL (store/overview.ts), where calling ts-fsrs per card would not scale.
 */
export const FORGETTING_CURVE = computeDecayFactor(parameters.w);

/** One answer a member gave, as memory sees it. */
export interface Recall {
  correct: boolean;
  /** from when the options appeared; null where there was no clock (practice) */
  responseMs: number | null;
  /** the round's answer window; null where there was no clock */
  timeLimitMs: number | null;
  /** what the player said of the answer, in games that ask (GameState.askConfidence); absent otherwise */
  confidence?: Confidence;
}

/** The share of the answer window under which a right answer was quick, and over which it was slow. */
export const QUICK = 1 / 3;
export const SLOW = 2 / 3;

/**
 * The FSRS rating of an answer:
 * - wrong: Again (forgotten);
 * - right but guessed, unsure, or slow (the last third of the window): Hard;
 * - right, sure and quick (the first third): Easy;
 * - any other right answer: Good. Without a confidence answer a quick one is
 *   Good, not Easy: speed alone does not tell recall from a good guess.
 */
export function ratingFor({ correct, responseMs, timeLimitMs, confidence }: Recall): Grade {
  if (!correct) return Rating.Again;
  const share = responseMs !== null && timeLimitMs ? responseMs / timeLimitMs : null;
  if (confidence === 'guessing' || confidence === 'unsure' || (share !== null && share >= SLOW)) return Rating.Hard;
  if (confidence === 'sure' && share !== null && share < QUICK) return Rating.Easy;
  return Rating.Good;
}

export type MemoryCard = Card;

/** The card after one more answer at `at`; a question never answered starts from an empty card. */
export function remember(card: MemoryCard | null, recall: Recall, at: Date): MemoryCard {
  return scheduler.next(card ?? createEmptyCard(at), at, ratingFor(recall)).card;
}

/** The chance, from 0 to 1, that the member recalls the question at `at` (FSRS's retrievability). */
export function recallChance(card: MemoryCard, at: Date): number {
  return scheduler.get_retrievability(card, at, false);
}
