import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { ratingFor, recallChance, remember, type Recall } from './memory';

const limit = 30_000;
const right = (responseMs: number | null, confidence?: Recall['confidence']): Recall => ({ correct: true, responseMs, timeLimitMs: responseMs === null ? null : limit, confidence });
const days = (n: number) => new Date(Date.UTC(2026, 11, 1 + n, 19));

describe('an answer as an FSRS rating', () => {
  it('a wrong answer is Again, whatever the time or confidence', () => {
    expect(ratingFor({ correct: false, responseMs: 1_000, timeLimitMs: limit, confidence: 'sure' })).toBe(Rating.Again);
    expect(ratingFor({ correct: false, responseMs: null, timeLimitMs: null })).toBe(Rating.Again);
  });

  it('a right answer guessed, unsure or in the last third of the window is Hard', () => {
    expect(ratingFor(right(2_000, 'guessing'))).toBe(Rating.Hard);
    expect(ratingFor(right(2_000, 'unsure'))).toBe(Rating.Hard);
    expect(ratingFor(right(20_000))).toBe(Rating.Hard);
    expect(ratingFor(right(20_000, 'sure'))).toBe(Rating.Hard);
  });

  it('a right answer sure and in the first third is Easy; quick without confidence is only Good', () => {
    expect(ratingFor(right(9_000, 'sure'))).toBe(Rating.Easy);
    expect(ratingFor(right(9_000))).toBe(Rating.Good);
    expect(ratingFor(right(15_000, 'sure'))).toBe(Rating.Good);
  });

  it('practice has no clock: a right answer is Good, or Hard when unsure', () => {
    expect(ratingFor(right(null))).toBe(Rating.Good);
    expect(ratingFor(right(null, 'sure'))).toBe(Rating.Good);
    expect(ratingFor(right(null, 'unsure'))).toBe(Rating.Hard);
  });
});

describe("a member's memory of a question over weeks", () => {
  it("follows FSRS's own schedule for the ratings the answers map to", () => {
    const answers: [Recall, Date][] = [
      [right(5_000), days(0)],
      [{ correct: false, responseMs: 12_000, timeLimitMs: limit }, days(7)],
      [right(25_000), days(14)],
      [right(3_000, 'sure'), days(21)],
    ];
    let card = null;
    for (const [recall, at] of answers) card = remember(card, recall, at);

    const reference = fsrs({ enable_fuzz: false, enable_short_term: false });
    let expected = createEmptyCard(days(0));
    for (const [rating, at] of [[Rating.Good, days(0)], [Rating.Again, days(7)], [Rating.Hard, days(14)], [Rating.Easy, days(21)]] as const) {
      expected = reference.next(expected, at, rating).card;
    }
    expect(card).toEqual(expected);
    expect(card!.reps).toBe(4);
    expect(card!.lapses).toBe(1);
    expect(card!.due.getTime()).toBeGreaterThan(days(21).getTime());
  });

  it('a miss brings a question due sooner than a right answer does', () => {
    const first = remember(null, right(5_000), days(0));
    const missed = remember(first, { correct: false, responseMs: 5_000, timeLimitMs: limit }, days(7));
    const known = remember(first, right(5_000), days(7));
    expect(missed.due.getTime()).toBeLessThan(known.due.getTime());
    expect(recallChance(missed, days(10))).toBeLessThan(recallChance(known, days(10)));
  });
});
