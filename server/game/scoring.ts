import type { Confidence, Scoring } from './types';

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

/**
 * Certainty-based marking (Gardner-Medwin's standard CBM table: sure +3 / -6,
 * unsure +2 / -2, guessing +1 / 0), one mark being 100 points. The table is
 * built so that saying how sure you really are pays best in expectation, so it
 * has no speed part and no streak bonus: either would reward something other
 * than honest confidence (rushing, or staying "sure" to keep a streak).
 */
export const CERTAINTY_POINTS: Readonly<Record<Confidence, { right: number; wrong: number }>> = {
  sure: { right: 300, wrong: -600 },
  unsure: { right: 200, wrong: -200 },
  guessing: { right: 100, wrong: 0 },
};

/**
 * What an answer adds to the score, and the streak bonus inside it. `streak`
 * includes this answer when it is right. Under certainty scoring a player who
 * sent no confidence counts as guessing, the phone's own preset.
 */
export function answerPoints(
  scoring: Scoring,
  answer: { correct: boolean; confidence: Confidence | null; responseMs: number },
  timeLimitMs: number,
  streak: number,
): { points: number; bonus: number } {
  if (scoring === 'certainty') {
    const marks = CERTAINTY_POINTS[answer.confidence ?? 'guessing'];
    return { points: answer.correct ? marks.right : marks.wrong, bonus: 0 };
  }
  if (!answer.correct) return { points: 0, bonus: 0 };
  const bonus = streakBonus(streak);
  return { points: basePoints(scoring, answer.responseMs, timeLimitMs) + bonus, bonus };
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
