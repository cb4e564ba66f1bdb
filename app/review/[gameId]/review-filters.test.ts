import { describe, expect, test } from 'vitest';
import { applyFilter, firstFilter, isGuess } from './review-filters';

const q = (number: number, outcome: 'correct' | 'incorrect' | 'missed', responseMs: number | null) => ({ number, outcome, responseMs, timeLimitMs: 20_000 });
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

  test('the review opens on the misses, or on everything when there are none', () => {
    expect(firstFilter(questions)).toBe('misses');
    expect(firstFilter([q(1, 'correct', 1000)])).toBe('all');
  });
});
