// Confidence on every answer (issue #23): the phone asks Sure / Unsure /
// Guessing, the answer keeps it, and certainty-based scoring marks it by
// Gardner-Medwin's CBM table, for every question type.
import { describe, expect, it } from 'vitest';
import { answerOf, playerOf } from './engine';
import { restoreGame } from './restore';
import { storedGame } from '../../tests/support/stored-game';
import { CERTAINTY_POINTS } from './scoring';
import { play } from '../../tests/support/game-driver';
import { T, question, typedQuestion } from '../../tests/support/game-questions';
import type { Confidence, GameQuestion, GameState, QuestionType } from './types';

type Given = string[] | { text: string };

/** Each type with a right and a wrong answer (ids as the phones name them). */
const types: Record<QuestionType, { q: () => GameQuestion; right: Given; wrong: Given }> = {
  choice: { q: () => question('choice'), right: ['b'], wrong: ['a'] },
  truefalse: { q: () => typedQuestion('tf', 'truefalse', ['True', 'False']), right: ['a'], wrong: ['b'] },
  ordering: { q: () => typedQuestion('order', 'ordering', ['Collect', 'Label', 'Train']), right: ['a', 'b', 'c'], wrong: ['c', 'b', 'a'] },
  matching: { q: () => typedQuestion('match', 'matching', [['Clarify', 'bias'], ['Monitor', 'drift']]), right: ['m0', 'm1'], wrong: ['m1', 'm0'] },
  typed: { q: () => typedQuestion('type', 'typed', ['Ground Truth']), right: { text: 'ground truth' }, wrong: { text: 'Canvas' } },
};

/** host starts a certainty-scored game of `questions` -> Ada, Bob and Cy join */
const room = (questions: GameQuestion[], scoring: 'speed' | 'accuracy' | 'certainty' = 'certainty', ask = true) =>
  play(questions, scoring, ask).join('Ada').join('Bob').join('Cy').start();

const CONFIDENCES: [string, Confidence][] = [['Ada', 'sure'], ['Bob', 'unsure'], ['Cy', 'guessing']];

describe('the CBM table', () => {
  it("is Gardner-Medwin's, one mark being 100 points: sure +3 / -6, unsure +2 / -2, guessing +1 / 0", () => {
    expect(CERTAINTY_POINTS).toEqual({ sure: { right: 300, wrong: -600 }, unsure: { right: 200, wrong: -200 }, guessing: { right: 100, wrong: 0 } });
  });

  it.each(Object.keys(types) as QuestionType[])('marks a wrong %s answer -600 / -200 / 0 and a right one +300 / +200 / +100', (type) => {
    const { q, right, wrong } = types[type];
    const game = room([q(), q()]);
    CONFIDENCES.forEach(([nickname, confidence], i) => game.at(1_000 * (i + 1)).answerAs(nickname, confidence, wrong));
    expect(game.state.phase).toBe('reveal');
    expect(CONFIDENCES.map(([n]) => game.score(n))).toEqual([-600, -200, 0]);
    expect(CONFIDENCES.map(([n]) => game.result(n).answer)).toMatchObject([
      { correct: false, confidence: 'sure', points: -600 }, { correct: false, confidence: 'unsure', points: -200 }, { correct: false, confidence: 'guessing', points: 0 },
    ]);
    game.next();
    CONFIDENCES.forEach(([nickname, confidence], i) => game.at(1_000 * (i + 1)).answerAs(nickname, confidence, right));
    expect(CONFIDENCES.map(([n]) => game.result(n).answer?.points)).toEqual([300, 200, 100]);
    expect(CONFIDENCES.map(([n]) => game.score(n))).toEqual([-300, 0, 100]);
  });

  it('has no speed part and no streak bonus: three sure right answers are 900 however slow', () => {
    const game = room([question('q1'), question('q2'), question('q3')]);
    for (let i = 0; i < 3; i++) {
      game.at(1).answerAs('Ada', 'sure', ['b']).at(T).answerAs('Bob', 'sure', ['b']).at(T).answerAs('Cy', 'sure', ['a']);
      if (i < 2) game.next();
    }
    expect([game.score('Ada'), game.score('Bob'), game.score('Cy')]).toEqual([900, 900, -1800]);
    expect(game.result('Ada')).toMatchObject({ streak: 3, answer: { bonus: 0, points: 300 } });
    expect(game.player('Ada').correctCount).toBe(3);
  });

  it('ranks negative scores below zero, and a player who did not answer scores 0', () => {
    const game = room([question('q1')]);
    game.at(1_000).answerAs('Ada', 'sure', ['a']).at(2_000).answerAs('Bob', 'guessing', ['a']).timeUp();
    expect([game.score('Ada'), game.score('Bob'), game.score('Cy')]).toEqual([-600, 0, 0]);
    expect(game.ranks()).toEqual({ Ada: 3, Bob: 1, Cy: 1 });
  });

  it('takes an answer sent without a confidence as a guess (the phone’s preset)', () => {
    const game = room([question('q1')]);
    game.at(1_000).answer('Ada', 'a').at(2_000).answer('Bob', 'b');
    expect(answerOf(game.state.round!, game.id('Ada'))).toMatchObject({ confidence: 'guessing', points: 0 });
    expect(answerOf(game.state.round!, game.id('Bob'))).toMatchObject({ confidence: 'guessing', points: 100 });
  });

  it('always asks under certainty scoring, even when the setting is off', () => {
    expect(room([question('q1')], 'certainty', false).state.askConfidence).toBe(true);
  });
});

describe('confidence with the other scorings', () => {
  it('is kept with the answer and leaves speed scoring as it was: a wrong answer scores 0, sure or not', () => {
    const game = room([question('q1')], 'speed');
    game.at(0).answerAs('Ada', 'sure', ['a']).at(0).answerAs('Bob', 'unsure', ['b']).at(T).answerAs('Cy', 'guessing', ['b']);
    expect(CONFIDENCES.map(([n]) => game.result(n).answer)).toMatchObject([
      { confidence: 'sure', points: 0 }, { confidence: 'unsure', points: 1000 }, { confidence: 'guessing', points: 500 },
    ]);
    expect(game.score('Ada')).toBe(0);
  });

  it('is not kept when the game does not ask: the answer carries null, whatever the phone sent', () => {
    const game = room([question('q1'), typedQuestion('type', 'typed', ['Ground Truth'])], 'accuracy', false);
    expect(game.state.askConfidence).toBe(false);
    game.at(0).answerAs('Ada', 'sure', ['a']).at(0).answerAs('Bob', 'guessing', ['b']).at(0).answer('Cy', 'b');
    expect(CONFIDENCES.map(([n]) => game.result(n).answer)).toMatchObject([
      { confidence: null, points: 0 }, { confidence: null, points: 1000 }, { confidence: null, points: 1000 },
    ]);
    game.next().at(0).answerAs('Ada', 'unsure', { text: 'ground truth' });
    expect(answerOf(game.state.round!, game.id('Ada'))).toMatchObject({ confidence: null, points: 1000 });
  });
});

describe('restoring a certainty-scored game', () => {
  const totals = (s: GameState) => s.joinOrder.map((id) => { const p = playerOf(s, id)!; return [p.nickname, p.score, p.streak, p.correctCount, p.rank]; });

  it('after a closed round with negative marks: the same scores, ranks and confidences', () => {
    const game = room([question('q1'), question('q2')]);
    game.at(1_000).answerAs('Ada', 'sure', ['b']).at(2_000).answerAs('Bob', 'unsure', ['a']).at(3_000).answerAs('Cy', 'guessing', ['b']);
    game.next().at(1_000).answerAs('Ada', 'sure', ['a']).at(2_000).answerAs('Bob', 'sure', ['b']).at(3_000).answerAs('Cy', 'unsure', ['a']);
    const { state } = restoreGame(storedGame(game), 42);
    expect(state.askConfidence).toBe(true);
    expect(totals(state)).toEqual(totals(game.state));
    const results = (s: GameState) => Object.values(s.lastRound!.results).map((r) => [r.score, r.rank, r.previousRank, r.answer?.confidence, r.answer?.points, r.answer?.bonus]);
    expect(results(state)).toEqual(results(game.state));
  });

  it('with a round still open: its answers keep their confidence', () => {
    const game = room([question('q1'), question('q2')]);
    game.at(1_000).answerAs('Ada', 'sure', ['a']).at(2_000).answerAs('Bob', 'unsure', ['b']).timeUp();
    game.next().at(1_000).answerAs('Ada', 'unsure', ['b']);
    const { state, close } = restoreGame(storedGame(game), 42);
    expect(close).toEqual({ type: 'timeUp', index: 1 });
    expect(answerOf(state.round!, game.id('Ada'))).toMatchObject({ confidence: 'unsure', points: 200, bonus: 0 });
    expect(totals(state)).toEqual(totals(game.state));
  });
});
