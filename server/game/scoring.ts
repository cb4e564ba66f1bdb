import type { Scoring } from './types';

/** Kahoot's scoring, the one place the numbers live. docs/playing.md "Scoring" mirrors it. */

export const MAX_POINTS = 1000;
export const STREAK_STEP = 100;
export const STREAK_CAP = 500;

/** round(1000 x (1 - (t / T) / 2)): 1000 for an instant answer, 500 at the buzzer. */
export function speedPoints(responseMs: number, timeLimitMs: number): number {
  const t = Math.min(Math.max(responseMs, 0), timeLimitMs);
  return Math.round(MAX_POINTS * (1 - t / timeLimitMs / 2));
}

/** The points of a correct answer before its streak bonus: by speed, or a flat 1000 when the game scores accuracy only. */
export function basePoints(scoring: Scoring, responseMs: number, timeLimitMs: number): number {
  return scoring === 'accuracy' ? MAX_POINTS : speedPoints(responseMs, timeLimitMs);
}

/** +100 per consecutive correct answer after the first, capped at +500. `streak` includes this answer. */
export function streakBonus(streak: number): number {
  return Math.min(Math.max(streak - 1, 0) * STREAK_STEP, STREAK_CAP);
}

/** Competition ranking (1, 2, 2, 4) by score; equal scores share a rank. */
export function rankByScore<T extends { id: string; score: number }>(players: readonly T[]): Map<string, number> {
  const sorted = [...players].sort((a, b) => b.score - a.score);
  const ranks = new Map<string, number>();
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    ranks.set(p.id, prev && prev.score === p.score ? ranks.get(prev.id)! : i + 1);
  });
  return ranks;
}
