import { describe, expect, test } from 'vitest';
import { formatPoints } from './format';

describe('formatPoints', () => {
  test('writes points one way on every screen: grouped thousands and "pts"', () => {
    expect(formatPoints(30056)).toBe('30,056 pts');
    expect(formatPoints(0)).toBe('0 pts');
    expect(formatPoints(984)).toBe('984 pts');
  });

  test("a round's gain is signed when there is one", () => {
    expect(formatPoints(1084, { gain: true })).toBe('+1,084 pts');
    expect(formatPoints(0, { gain: true })).toBe('0 pts');
  });

  test('a score or loss below 0 (certainty-based scoring) has a true minus sign', () => {
    expect(formatPoints(-600)).toBe('\u2212600 pts');
    expect(formatPoints(-1200, { gain: true })).toBe('\u22121,200 pts');
  });
});
