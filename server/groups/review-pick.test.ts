import { describe, expect, it } from 'vitest';
import { pickReviewQuestions, type PickCandidate, type PickInput } from './review-pick';

const q = (key: string, section: string): PickCandidate => ({ id: `id-${key}`, key, section });
const QUESTIONS = [q('a1', 'A'), q('a2', 'A'), q('a3', 'A'), q('b1', 'B'), q('b2', 'B'), q('c1', 'C')];
const input = (over: Partial<PickInput>): PickInput => ({ questions: QUESTIONS, dueCount: new Map(), players: 4, answers: new Map(), lastGame: new Map(), count: 10, ...over });
const stats = (answers: number, misses: number) => ({ answers, misses });

describe('the review game picks', () => {
  it('first the questions due for the most players, then the most missed, then unseen ones, each with its reason', () => {
    const picks = pickReviewQuestions(input({
      dueCount: new Map([['a1', 1], ['a2', 3]]),
      answers: new Map([['a1', stats(4, 1)], ['a2', stats(4, 2)], ['b1', stats(4, 1)], ['b2', stats(4, 3)], ['a3', stats(4, 0)]]),
      count: 5,
    }));
    // Chosen: a2 (due 3), a1 (due 1), b2 (75 %), b1 (25 %), c1 (unseen); then one of each section in turn.
    expect(picks.map((p) => [p.key, p.reason])).toEqual([
      ['a2', 'due for 3 of 4'],
      ['b2', 'missed by 75 %'],
      ['c1', 'not played yet'],
      ['a1', 'due for 1 of 4'],
      ['b1', 'missed by 25 %'],
    ]);
  });

  it('leaves out the last game’s questions unless the group still failed them there', () => {
    const picks = pickReviewQuestions(input({
      dueCount: new Map([['a1', 4], ['a2', 4]]),
      lastGame: new Map([['a1', stats(4, 1)], ['a2', stats(4, 2)]]),
    }));
    expect(picks.map((p) => p.key)).not.toContain('a1');
    expect(picks.map((p) => p.key)).toContain('a2');
  });

  it('never picks more than asked, nor a question twice', () => {
    const picks = pickReviewQuestions(input({ dueCount: new Map([['a1', 2]]), answers: new Map([['a1', stats(2, 2)]]), count: 3 }));
    expect(picks).toHaveLength(3);
    expect(new Set(picks.map((p) => p.key)).size).toBe(3);
  });

  it('a question answered right by everyone and not due is not picked', () => {
    const picks = pickReviewQuestions(input({ answers: new Map(QUESTIONS.map(({ key }) => [key, stats(4, 0)])) }));
    expect(picks).toEqual([]);
  });
});
