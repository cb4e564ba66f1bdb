import type { ReviewQuestion } from '@/server/results/review';

/**
 * Which of a player's questions "My answers" lists. In a game that asked how
 * sure each answer was, the answers group by it: confident errors (sure and
 * wrong: the misconceptions worth most attention), lucky guesses (right while
 * guessing), unsure-right and solid (sure and right). Without it, a guess is
 * read from the clock: a right answer given with under a fifth of the time left
 * (a tap at the buzzer is as likely luck as knowledge).
 */
export const FILTERS = ['misses', 'guesses', 'all'] as const;
export const CONFIDENCE_FILTERS = ['misses', 'confident', 'guesses', 'unsure', 'solid', 'all'] as const;
export type ReviewFilter = (typeof CONFIDENCE_FILTERS)[number];

export const GUESS_SHARE = 0.8;

type Judged = Pick<ReviewQuestion, 'outcome' | 'responseMs' | 'timeLimitMs' | 'confidence'>;

/** A right answer the player guessed, or (where the game did not ask) gave at the buzzer. */
export function isGuess(q: Judged): boolean {
  if (q.outcome !== 'correct') return false;
  if (q.confidence !== null) return q.confidence === 'guessing';
  return q.responseMs !== null && q.responseMs >= GUESS_SHARE * q.timeLimitMs;
}

const KEEP: Record<ReviewFilter, (q: Judged) => boolean> = {
  misses: (q) => q.outcome !== 'correct',
  confident: (q) => q.outcome === 'incorrect' && q.confidence === 'sure',
  guesses: isGuess,
  unsure: (q) => q.outcome === 'correct' && q.confidence === 'unsure',
  solid: (q) => q.outcome === 'correct' && q.confidence === 'sure',
  all: () => true,
};

/** The filters this review offers: the confidence groups only when the game asked. */
export function filtersFor(questions: readonly Judged[]): readonly ReviewFilter[] {
  return questions.some((q) => q.confidence !== null) ? CONFIDENCE_FILTERS : FILTERS;
}

export function applyFilter<Q extends Judged>(questions: readonly Q[], filter: ReviewFilter): Q[] {
  return questions.filter(KEEP[filter]);
}

/** The review opens on the misses; with none, on everything. */
export function firstFilter(questions: readonly Judged[]): ReviewFilter {
  return questions.some(KEEP.misses) ? 'misses' : 'all';
}
