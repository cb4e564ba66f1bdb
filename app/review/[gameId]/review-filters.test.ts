import { describe, expect, test } from 'vitest';
import type { Confidence } from '@/common/protocol';
import { CONFIDENCE_FILTERS, FILTERS, applyFilter, filtersFor, firstFilter, isGuess } from './review-filters';

const q = (number: number, outcome: 'correct' | 'incorrect' | 'missed', responseMs: number | null, confidence: Confidence | null = null) => ({ number, outcome, responseMs, timeLimitMs: 20_000, confidence });
const questions = [q(1, 'correct', 3000), q(2, 'incorrect', 5000), q(3, 'missed', null), q(4, 'correct', 16_000), q(5, 'incorrect', 19_000)];

describe('the review filters', () => {
  test('misses are the wrong and the unanswered ones', () => {
    expect(applyFilter(questions, 'misses').map((x) => x.number)).toEqual([2, 3, 5]);
  });

  test('guesses are right answers given in the last fifth of the time', () => {
    expect(applyFilter(questions, 'guesses').map((x) => x.number)).toEqual([4]);
    expect(isGuess(q(6, 'correct', 15_999))).toBe(false);
  });

  test('all keeps the game order', () => {
    expect(applyFilter(questions, 'all').map((x) => x.number)).toEqual([1, 2, 3, 4, 5]);
  });

  test('a game that asked how sure groups the answers: confident errors, lucky guesses, unsure-right, solid', () => {
    const asked = [q(1, 'incorrect', 1000, 'sure'), q(2, 'correct', 1000, 'guessing'), q(3, 'correct', 19_000, 'unsure'), q(4, 'correct', 19_000, 'sure'),
      q(5, 'incorrect', 1000, 'guessing'), q(6, 'missed', null), q(7, 'incorrect', 1000, 'sure')];
    expect(filtersFor(asked)).toBe(CONFIDENCE_FILTERS);
    expect(filtersFor(questions)).toBe(FILTERS);
    const groups = Object.fromEntries(CONFIDENCE_FILTERS.map((f) => [f, applyFilter(asked, f).map((x) => x.number)]));
    // A right answer at the buzzer said sure is solid, not a guess: the player's word beats the clock.
    expect(groups).toEqual({ misses: [1, 5, 6, 7], confident: [1, 7], guesses: [2], unsure: [3], solid: [4], all: [1, 2, 3, 4, 5, 6, 7] });
  });

  test('the review opens on the misses, or on everything when there are none', () => {
    expect(firstFilter(questions)).toBe('misses');
    expect(firstFilter([q(1, 'correct', 1000)])).toBe('all');
  });
});
