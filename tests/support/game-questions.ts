// Test helper: game questions built in code, for the engine's tests and those
// that store a game (play them with game-driver.ts).
import type { GameQuestion } from '../../server/game/types';

/** Each question's time to answer unless told, in ms. */
export const T = 20_000;

/** A question with options a..d (b correct unless told otherwise), 20 s to answer. */
/** Reading off unless told (`readMs`): most tests are about other things, and answer as the round opens. */
/** `notes`: the bank's note on an option, by its id ("why not", for a wrong one). */
export function question(id: string, opts: { correct?: string[]; select?: number; timeLimitMs?: number; readMs?: number; notes?: Record<string, string> } = {}): GameQuestion {
  const correct = opts.correct ?? ['b'];
  return {
    id,
    type: 'choice',
    section: 'Test',
    caseStudy: null,
    stem: `Question ${id}?`,
    select: opts.select ?? correct.length,
    options: ['a', 'b', 'c', 'd'].map((o, position) => ({ id: o, sourceId: `bank-${o}`, text: `Option ${o}`, correct: correct.includes(o), position, match: null, note: opts.notes?.[o] ?? null })),
    explanation: `Because ${correct.join(' and ')}.`,
    whyNot: [],
    links: [],
    timeLimitMs: opts.timeLimitMs ?? T,
    readMs: opts.readMs ?? 0,
  };
}

/**
 * A question of another type, options given in the bank's order and shown in
 * `shown` order (ids a, b, c… by bank order). Ordering: the items in their
 * right order; matching: [prompt, match] pairs; typed: the accepted answers.
 */
export function typedQuestion(
  id: string,
  type: Exclude<GameQuestion['type'], 'choice'>,
  items: (string | [string, string])[],
  shown?: string[],
): GameQuestion {
  const options = items.map((item, position) => {
    const [text, match] = Array.isArray(item) ? item : [item, null];
    const optionId = String.fromCharCode(97 + position);
    return { id: optionId, sourceId: `bank-${optionId}`, text, correct: type !== 'truefalse' || text === 'True', position, match, note: null };
  });
  const order = shown ?? options.map((o) => o.id);
  return {
    ...question(id),
    type,
    options: order.map((o) => options.find((x) => x.id === o)!),
  };
}

/** n single-answer questions q1..qn whose correct option is 'b'. */
export function quiz(n: number): GameQuestion[] {
  return Array.from({ length: n }, (_, i) => question(`q${i + 1}`));
}
