import { describe, expect, it } from 'vitest';
import { MAX_POINTS, STREAK_CAP, basePoints, rankByScore, speedPoints, streakBonus } from './scoring';

const T = 20_000;

describe('speed points: round(1000 x (1 - (t / T) / 2))', () => {
  it('gives 1000 for an instant answer, 750 at half time and 500 at the buzzer', () => {
    expect(speedPoints(0, T)).toBe(MAX_POINTS);
    expect(speedPoints(T / 2, T)).toBe(750);
    expect(speedPoints(T, T)).toBe(500);
  });

  it('rounds to the nearest point', () => {
    expect(speedPoints(1_000, T)).toBe(975);
    expect(speedPoints(7_777, T)).toBe(806); // 805.575
    expect(speedPoints(3_333, 30_000)).toBe(944); // 944.45
  });

  it('clamps a time beyond the limit to 500 and a negative time to 1000', () => {
    expect(speedPoints(T + 1, T)).toBe(500);
    expect(speedPoints(10 * T, T)).toBe(500);
    expect(speedPoints(-1, T)).toBe(1000);
    expect(speedPoints(-T, T)).toBe(1000);
  });

  it('never rises as the answer gets slower', () => {
    let last = Infinity;
    for (let t = 0; t <= T; t += 250) {
      const points = speedPoints(t, T);
      expect(points).toBeLessThanOrEqual(last);
      last = points;
    }
  });
});

describe('streak bonus', () => {
  it('is +0 for the first correct answer, then +100 per answer in a row, capped at +500', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map(streakBonus)).toEqual([0, 100, 200, 300, 400, 500, 500, 500]);
    expect(streakBonus(100)).toBe(STREAK_CAP);
  });

  it('is 0 without a streak', () => {
    expect(streakBonus(0)).toBe(0);
  });
});

describe('accuracy-only scoring', () => {
  it('gives 1000 for a correct answer whatever its speed', () => {
    expect(basePoints('accuracy', 0, T)).toBe(MAX_POINTS);
    expect(basePoints('accuracy', T, T)).toBe(MAX_POINTS);
    expect(basePoints('speed', T, T)).toBe(500);
  });
});

describe('ranking', () => {
  const players = [
    { id: 'ada', score: 900 },
    { id: 'bob', score: 1500 },
    { id: 'cy', score: 900 },
    { id: 'dee', score: 300 },
    { id: 'eve', score: 1500 },
  ];

  it('is competition ranking: equal scores share a rank and the next rank skips (1, 1, 3, 3, 5)', () => {
    const ranks = rankByScore(players);
    expect(Object.fromEntries(ranks)).toEqual({ bob: 1, eve: 1, ada: 3, cy: 3, dee: 5 });
  });

  it('orders equal scores by the order the players came in (join order)', () => {
    expect([...rankByScore(players).keys()]).toEqual(['bob', 'eve', 'ada', 'cy', 'dee']);
    const reversed = [...players].reverse();
    expect([...rankByScore(reversed).keys()]).toEqual(['eve', 'bob', 'cy', 'ada', 'dee']);
  });

  it('ranks everyone first when nobody has scored', () => {
    expect([...rankByScore(players.map((p) => ({ ...p, score: 0 }))).values()]).toEqual([1, 1, 1, 1, 1]);
  });
});
