// Each question type played through the engine: right, wrong, partly right,
// late, twice, and after a reconnect. Ids a, b, c… name options in the bank's
// order; `shown` is the order players see. First, that the registry gives
// every type all its parts.
import { describe, expect, it } from 'vitest';
import { answerOf } from './engine';
import { defaultSeconds } from './plan';
import { kindOf } from './question-types';
import { play } from '../../tests/support/game-driver';
import { T, typedQuestion } from '../../tests/support/game-questions';
import { matchChoices } from './types/matching';
import { typed as typedKind, typedKey, typedMatches } from './types/typed';
import { QUESTION_TYPES } from './types';

describe('the registry', () => {
  it.each(QUESTION_TYPES)('gives %s its rules, scoring and bank form', (type) => {
    const kind = kindOf(type);
    for (const rule of ['shown', 'accept', 'isCorrect', 'solution', 'accepted', 'tally', 'describe'] as const) expect(kind[rule]).toBeTypeOf('function');
    expect([typeof kind.idsNameOptions, typeof kind.tallyIsPlayerText, typeof kind.orderIsTheAnswer]).toEqual(['boolean', 'boolean', 'boolean']);
    expect(kind.form.write).toBeTypeOf('function');
  });

  it('lets a bank write every type: only a choice has no form of its own (its task list)', () => {
    expect(QUESTION_TYPES.filter((type) => !kindOf(type).form.read && !kindOf(type).form.fromChoice)).toEqual(['choice']);
  });
});

const ordering = () => typedQuestion('order', 'ordering', ['Collect', 'Label', 'Train', 'Deploy'], ['c', 'a', 'd', 'b']);
// prompts shown b, c, a; the matches in alphabetical order: m0 bias, m1 drift, m2 labels
const matching = () => typedQuestion('match', 'matching', [['Clarify', 'bias'], ['Monitor', 'drift'], ['Ground Truth', 'labels']], ['b', 'c', 'a']);
const typed = () => typedQuestion('type', 'typed', ['SageMaker Ground Truth', 'Ground Truth']);
const trueFalse = () => typedQuestion('tf', 'truefalse', ['True', 'False']);

/** host starts a game of one question -> Ada, Bob and Cy join */
const room = (q = ordering(), scoring: 'speed' | 'accuracy' = 'speed') => play([q], scoring).join('Ada').join('Bob').join('Cy').start();

describe('ordering', () => {
  it('counts only the whole right order; the reveal counts each item in its right place', () => {
    const game = room();
    game.at(0).answer('Ada', 'a', 'b', 'c', 'd').at(T / 2).answer('Bob', 'a', 'b', 'd', 'c').at(T).answer('Cy', 'd', 'c', 'b', 'a');
    expect([game.result('Ada').answer?.points, game.result('Bob').answer?.correct, game.result('Cy').answer?.correct]).toEqual([1000, false, false]);
    // partly right (Bob: 2 of 4 in place, Cy: none) scores nothing but shows in the per-item counts
    expect(game.state.lastRound).toMatchObject({ distribution: { a: 2, b: 2, c: 1, d: 1 }, answered: 3, correctCount: 1 });
    expect(kindOf('ordering').solution(game.state.questions[0]!)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses an order that leaves an item out or repeats one: a half-built order is no answer', () => {
    const game = room();
    expect(game.refuseAnswer('Ada', ['a', 'b', 'c'])).toBe('invalid_choice');
    expect(game.refuseAnswer('Ada', ['a', 'a', 'b', 'c'])).toBe('invalid_choice');
    expect(game.refuseAnswer('Ada', ['a', 'b', 'c', 'x'])).toBe('invalid_choice');
  });

  it('refuses a late or second answer', () => {
    const game = room();
    game.at(1_000).answer('Ada', 'a', 'b', 'c', 'd');
    expect(game.refuseAnswer('Ada', ['d', 'c', 'b', 'a'])).toBe('already_answered');
    game.at(T + 1);
    expect(game.refuseAnswer('Bob', ['a', 'b', 'c', 'd'])).toBe('too_late');
  });

  it('after a drop mid-round, the player can still send the order they built', () => {
    const game = room();
    game.at(1_000).drop('Ada').at(3_000).reconnect('Ada').at(4_000).answer('Ada', 'a', 'b', 'c', 'd');
    expect(answerOf(game.state.round!, game.id('Ada'))).toMatchObject({ correct: true, responseMs: 4_000 });
  });

  it('describes an answer as its items in order', () => {
    const q = ordering();
    expect(kindOf('ordering').describe(q, { optionIds: ['b', 'a', 'c', 'd'], text: null })).toBe('Label > Collect > Train > Deploy');
  });
});

describe('matching', () => {
  it('names the answers alphabetically, so their ids say nothing about the prompts', () => {
    expect(matchChoices(matching())).toEqual([{ id: 'm0', text: 'bias' }, { id: 'm1', text: 'drift' }, { id: 'm2', text: 'labels' }]);
    expect(kindOf('matching').shown(matching()).options.map((o) => o.text)).toEqual(['Monitor', 'Ground Truth', 'Clarify']);
  });

  it('counts only when every pair is right; the reveal counts each prompt matched right', () => {
    const game = room(matching());
    // prompts in shown order: Monitor, Ground Truth, Clarify
    game.at(0).answer('Ada', 'm1', 'm2', 'm0').at(1_000).answer('Bob', 'm1', 'm0', 'm2').at(2_000).answer('Cy', 'm0', 'm0', 'm0');
    expect(['Ada', 'Bob', 'Cy'].map((n) => game.result(n).answer?.correct)).toEqual([true, false, false]);
    expect(game.state.lastRound).toMatchObject({ distribution: { b: 2, c: 1, a: 2 }, correctCount: 1 });
    expect(kindOf('matching').solution(game.state.questions[0]!)).toEqual(['m1', 'm2', 'm0']);
  });

  it('refuses a partial or unknown set of matches, a late one and a second one', () => {
    const game = room(matching());
    expect(game.refuseAnswer('Ada', ['m1', 'm2'])).toBe('invalid_choice');
    expect(game.refuseAnswer('Ada', ['m1', 'm2', 'o0'])).toBe('invalid_choice');
    game.at(1_000).answer('Ada', 'm1', 'm2', 'm0');
    expect(game.refuseAnswer('Ada', ['m1', 'm2', 'm0'])).toBe('already_answered');
    game.at(T + 1);
    expect(game.refuseAnswer('Bob', ['m1', 'm2', 'm0'])).toBe('too_late');
  });

  it('after a reconnect, a complete set of matches still counts', () => {
    const game = room(matching());
    game.drop('Cy').at(5_000).reconnect('Cy').answer('Cy', 'm1', 'm2', 'm0');
    expect(answerOf(game.state.round!, game.id('Cy'))!.correct).toBe(true);
  });

  it('describes an answer as its pairs', () => {
    expect(kindOf('matching').describe(matching(), { optionIds: ['m1', 'm2', 'm0'], text: null })).toBe('Monitor -> drift; Ground Truth -> labels; Clarify -> bias');
  });
});

describe('type the answer', () => {
  it('accepts any variant ignoring case, accents and spaces; the reveal counts the common wrong ones', () => {
    const game = room(typed());
    game.at(0).type('Ada', '  groundtruth ').at(1_000).type('Bob', 'Mechanical Turk').at(2_000).type('Cy', 'mechanical turk');
    expect(['Ada', 'Bob', 'Cy'].map((n) => game.result(n).answer?.correct)).toEqual([true, false, false]);
    expect(game.result('Ada').answer).toMatchObject({ text: 'groundtruth', points: 1000 });
    expect(game.state.lastRound).toMatchObject({ distribution: { 'Mechanical Turk': 2 }, correctCount: 1 });
    expect(typedKey('Sâgemaker  Ground Truth.')).toBe(typedKey('sagemaker groundtruth'));
  });

  it('counts a wrong answer under the spelling that arrived first, whoever joined first', () => {
    const game = room(typed());
    game.at(1_000).type('Cy', 'mechanical turk').at(2_000).type('Bob', 'Mechanical Turk').at(3_000).type('Ada', 'MECHANICAL TURK');
    expect(game.state.lastRound).toMatchObject({ distribution: { 'mechanical turk': 3 } });
  });

  it('refuses an empty or overlong answer, a late one and a second one', () => {
    const game = room(typed());
    expect(game.refuseAnswer('Ada', [], game.state.index, '   ')).toBe('invalid_choice');
    expect(game.refuseAnswer('Ada', [], game.state.index, 'x'.repeat(101))).toBe('invalid_choice');
    game.at(1_000).type('Ada', 'Ground Truth');
    expect(game.refuseAnswer('Ada', [], game.state.index, 'other')).toBe('already_answered');
    game.at(T + 1);
    expect(game.refuseAnswer('Bob', [], game.state.index, 'Ground Truth')).toBe('too_late');
  });

  it('keeps a player\'s "__proto__" as a plain answer', () => {
    const game = room(typed());
    game.at(0).type('Ada', '__proto__').next();
    const distribution = game.state.lastRound!.distribution;
    expect(Object.getPrototypeOf(distribution)).toBe(Object.prototype);
    expect(Object.entries(distribution)).toEqual([['__proto__', 1]]);
  });

  it('after a reconnect the player can still type', () => {
    const game = room(typed());
    game.drop('Bob').reconnect('Bob').at(3_000).type('Bob', 'Ground Truth');
    expect(answerOf(game.state.round!, game.id('Bob'))!.correct).toBe(true);
  });
});

describe('type the answer with wildcards', () => {
  it('accepts a right answer that a wildcard answer matches, and refuses one it does not', () => {
    const game = room(typedQuestion('wild', 'typed', ['*manually*']));
    game.at(0).type('Ada', 'I start them Manually.').at(1_000).type('Bob', 'manually').at(2_000).type('Cy', 'by a cron job');
    expect(['Ada', 'Bob', 'Cy'].map((n) => game.result(n).answer?.correct)).toEqual([true, true, false]);
    expect(game.state.lastRound).toMatchObject({ distribution: { 'by a cron job': 1 }, correctCount: 2 });
  });

  it('anchors the pattern: text outside a wildcard must be where it is written', () => {
    expect(typedMatches('ls*', 'ls -la')).toBe(true);
    expect(typedMatches('ls*', 'els')).toBe(false);
    expect(typedMatches('*sort', 'quicksort')).toBe(true);
    expect(typedMatches('*sort', 'sorted')).toBe(false);
    expect(typedMatches('a*b*c', 'a-x-b-y-c')).toBe(true);
    expect(typedMatches('a*b*c', 'a-c-b')).toBe(false);
    expect(typedMatches('ab*ba', 'aba')).toBe(false);
  });

  it('compares case, accents, spaces and trailing stops as a plain accepted answer does', () => {
    expect(typedMatches('*Ground Truth*', 'sagemaker groundtruth.')).toBe(true);
    expect(typedMatches('Amazón *', 'AMAZON SageMaker!')).toBe(true);
    expect(typedMatches('SageMaker', 'sage maker.')).toBe(true);
  });

  it('reads "\\*" as an asterisk, not a wildcard', () => {
    expect(typedMatches('\\*', '*')).toBe(true);
    expect(typedMatches('\\*', 'x')).toBe(false);
    expect(typedMatches('2\\*3', '2 * 3')).toBe(true);
    expect(typedMatches('2\\*3', '2x3')).toBe(false);
  });

  it('checks a bank\'s many-wildcard pattern against a long answer at once', () => {
    const started = performance.now();
    expect(typedMatches(`${'*a'.repeat(40)}*b`, 'a'.repeat(100))).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('writes a wildcard answer in markdown escaped, so it reads back as a wildcard', () => {
    expect(typedKind.form.write([{ text: '*manually*' }, { text: '\\*' }, { text: 'snake_case' }])).toBe('Answer: \\*manually\\* | \\\\\\* | snake\\_case');
  });
});

describe('true or false', () => {
  it('is a choice between True and False', () => {
    const game = room(trueFalse());
    game.at(0).answer('Ada', 'a').at(1_000).answer('Bob', 'b').at(T + 1).timeUp();
    expect(game.state.lastRound).toMatchObject({ distribution: { a: 1, b: 1 }, correctCount: 1 });
    expect(game.refuse({ type: 'answer', playerId: game.id('Cy'), index: 0, optionIds: ['a', 'b'] })).toBe('round_closed');
  });

  it('refuses both options, a late answer and a second one', () => {
    const game = room(trueFalse());
    expect(game.refuseAnswer('Ada', ['a', 'b'])).toBe('invalid_choice');
    game.at(1_000).answer('Ada', 'b');
    expect(game.refuseAnswer('Ada', ['a'])).toBe('already_answered');
    game.at(T + 1);
    expect(game.refuseAnswer('Bob', ['a'])).toBe('too_late');
  });
});

describe('accuracy-only scoring', () => {
  it('gives 1000 per correct answer at any speed, with the streak bonus on top', () => {
    const game = play([trueFalse(), typed()], 'accuracy').join('Ada').join('Bob').start();
    game.at(T).answer('Ada', 'a').at(1).answer('Bob', 'b');
    expect([game.score('Ada'), game.score('Bob')]).toEqual([1000, 0]);
    game.next().at(T - 1).type('Ada', 'Ground Truth').at(T).type('Bob', 'ground truth');
    expect([game.score('Ada'), game.score('Bob')]).toEqual([1000 + 1000 + 100, 1000]);
  });
});

describe('default time for a question', () => {
  it('counts the case study scenario and the matching answers as reading', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    const base = { stem: words(19), options: [{ id: 'a', text: 'A', correct: true, match: null, note: null }], caseStudy: null };
    expect(defaultSeconds(base)).toBe(15);
    expect(defaultSeconds({ ...base, caseStudy: { title: 'Case', scenario: words(200) } })).toBe(65);
    expect(defaultSeconds({ ...base, options: [{ text: 'A', match: words(100) }] })).toBe(40);
  });
});
