// A phone's own first answer in "Discuss and vote again": what the server's screens tell of it, and
// whether the player changed to the right answer (the reveal's line for them).
import { describe, expect, it } from 'vitest';
import type { PlayerScreen, RevealView, RoundView, YourRoundResult } from '@/common/protocol';
import { changedToRight, firstAnswerIn } from './own-answer';

const round = (attempt: 1 | 2, type: RoundView['type'] = 'choice'): RoundView => ({
  index: 2, total: 5, type, section: 'S', caseStudy: null, stem: 'Which?', select: type === 'choice' ? 2 : 1, options: [], matches: [], timeLimitMs: 30_000,
  askConfidence: false, remainingMs: 30_000, readMs: 0, readRemainingMs: 0, attempt,
});
const firstVote = { distribution: {}, answered: 4, correctCount: 2, changedToRight: 1 };
const reveal = (voted: boolean): RevealView => ({
  correctOptionIds: ['a', 'b'], accepted: [], closedBy: 'time', distribution: {}, answered: 4, correctCount: 3, explanation: '', whyNot: [], links: [], firstVote: voted ? firstVote : null,
});
const you = (outcome: YourRoundResult['outcome'], pickedOptionIds: string[], pickedText: string | null = null): YourRoundResult => ({
  outcome, pickedOptionIds, pickedText, confidence: null, points: 500, bonus: 0, streak: 1, score: 500, rank: 1, whyNot: [],
});
const shown = (r: RoundView, v: RevealView, y: YourRoundResult) => ({ screen: 'reveal' as const, round: r, reveal: v, you: y });

describe('firstAnswerIn', () => {
  it('reads the first answer from a reconnect, never from a room broadcast', () => {
    expect(firstAnswerIn({ screen: 'held', round: round(1), picked: ['a'] })).toEqual({ index: 2, picked: ['a'], text: null });
    expect(firstAnswerIn({ screen: 'held', round: round(1), picked: null })).toBeNull(); // the broadcast: the phone keeps its own
    expect(firstAnswerIn({ screen: 'question', round: round(2), picked: null, firstPicked: null })).toEqual({ index: 2, picked: null, text: null });
    expect(firstAnswerIn({ screen: 'question', round: round(2, 'typed'), picked: [], firstPicked: [], firstText: 'Canvas' })).toEqual({ index: 2, picked: [], text: 'Canvas' });
    expect(firstAnswerIn({ screen: 'question', round: round(2), picked: null })).toBeNull();
    expect(firstAnswerIn({ screen: 'question', round: round(1), picked: ['b'] })).toEqual({ index: 2, picked: ['b'], text: null });
    expect(firstAnswerIn({ screen: 'lobby', code: '123456', started: true } satisfies PlayerScreen)).toBeNull();
  });
});

describe('changedToRight', () => {
  it('is a right final answer other than the first', () => {
    expect(changedToRight(shown(round(2), reveal(true), you('correct', ['b', 'a'])), { index: 2, picked: ['c'], text: null })).toBe(true);
    expect(changedToRight(shown(round(2), reveal(true), you('correct', ['b', 'a'])), { index: 2, picked: null, text: null })).toBe(true); // no first answer
  });

  it('is not a first answer kept, in any order of its picks; nor a wrong one, a round voted once, or an unknown first answer', () => {
    expect(changedToRight(shown(round(2), reveal(true), you('correct', ['b', 'a'])), { index: 2, picked: ['a', 'b'], text: null })).toBe(false);
    expect(changedToRight(shown(round(2), reveal(true), you('incorrect', ['c'])), { index: 2, picked: ['d'], text: null })).toBe(false);
    expect(changedToRight(shown(round(1), reveal(false), you('correct', ['a', 'b'])), { index: 2, picked: ['c'], text: null })).toBe(false);
    expect(changedToRight(shown(round(2), reveal(true), you('correct', ['a', 'b'])), null)).toBe(false);
    expect(changedToRight(shown(round(2), reveal(true), you('correct', ['a', 'b'])), { index: 1, picked: ['c'], text: null })).toBe(false);
  });

  it('compares an order in order and a typed answer by its text', () => {
    expect(changedToRight(shown(round(2, 'ordering'), reveal(true), you('correct', ['x', 'y'])), { index: 2, picked: ['y', 'x'], text: null })).toBe(true);
    expect(changedToRight(shown(round(2, 'typed'), reveal(true), you('correct', [], 'Ground truth')), { index: 2, picked: [], text: 'ground truth ' })).toBe(false);
  });
});
