import type { ReviewQuestion } from '@/server/results/review';

/**
 * Which of a player's questions "My answers" lists. There is no confidence
 * data yet, so a guess is read from the clock: a right answer given with under
 * a fifth of the time left (a tap at the buzzer is as likely luck as knowledge).
 */
export const FILTERS = ['misses', 'guesses', 'all'] as const;
export type ReviewFilter = (typeof FILTERS)[number];

export const GUESS_SHARE = 0.8;

type Judged = Pick<ReviewQuestion, 'outcome' | 'responseMs' | 'timeLimitMs'>;

export function isGuess(q: Judged): boolean {
  return q.outcome === 'correct' && q.responseMs !== null && q.responseMs >= GUESS_SHARE * q.timeLimitMs;
}

const KEEP: Record<ReviewFilter, (q: Judged) => boolean> = {
  misses: (q) => q.outcome !== 'correct',
  guesses: isGuess,
  all: () => true,
};

export function applyFilter<Q extends Judged>(questions: readonly Q[], filter: ReviewFilter): Q[] {
  return questions.filter(KEEP[filter]);
}

/** The review opens on the misses; with none, on everything. */
export function firstFilter(questions: readonly Judged[]): ReviewFilter {
  return questions.some(KEEP.misses) ? 'misses' : 'all';
}
