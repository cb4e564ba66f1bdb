// Discuss and vote again (issue #23): a split first vote holds the round for
// the host, who reveals it or opens a second vote; the second answer replaces
// the first and scores with no speed part.
import { describe, expect, it } from 'vitest';
import { play, type Driver } from '../../tests/support/game-driver';
import { T, question, typedQuestion } from '../../tests/support/game-questions';
import { storedGame } from '../../tests/support/stored-game';
import { reduce } from './engine';
import { restoreGame } from './restore';
import { isSplit } from './revote';
import { STREAK_STEP } from './scoring';
import type { GameQuestion, QuestionType, Scoring } from './types';

/** host starts a game that holds splits -> Ada, Bob, Cy and Dee join */
const room = (questions: GameQuestion[] = [question('q1'), question('q2')], scoring: Scoring = 'speed', askConfidence = false) =>
  play(questions, scoring, askConfidence, true).join('Ada').join('Bob').join('Cy').join('Dee').start();

/** The first vote of the usual split: Ada and Bob right (b), Cy and Dee wrong (a, c). */
const splitVote = (game: Driver) => game.at(1_000).answer('Ada', 'b').at(2_000).answer('Bob', 'b').at(3_000).answer('Cy', 'a').at(4_000).answer('Dee', 'c');

describe('a split', () => {
  it('is 30 % to 70 % of at least two answers right', () => {
    expect([isSplit(4, 2), isSplit(10, 3), isSplit(10, 7), isSplit(2, 1)]).toEqual([true, true, true, true]);
    expect([isSplit(4, 1), isSplit(10, 8), isSplit(4, 4), isSplit(4, 0), isSplit(1, 0), isSplit(1, 1), isSplit(0, 0)]).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('holding a split round', () => {
  it('holds it when the last answer splits the room: nothing is scored or revealed, and answers are closed', () => {
    const game = splitVote(room());
    expect(game.state.phase).toBe('held');
    expect(game.eventTypes()).toEqual(['answerAccepted', 'roundHeld']);
    expect(game.state.lastRound).toBeNull();
    expect(['Ada', 'Bob', 'Cy', 'Dee'].map((n) => game.score(n))).toEqual([0, 0, 0, 0]);
    expect(game.refuseAnswer('Ada', ['c'])).toBe('round_closed');
  });

  it('holds a split closed by the clock or by the host skipping the countdown, and ignores the deadline once held', () => {
    const byClock = room().at(1_000).answer('Ada', 'b').at(2_000).answer('Cy', 'a').at(T).timeUp();
    expect(byClock.state.phase).toBe('held');
    const byHost = room().at(1_000).answer('Ada', 'b').at(2_000).answer('Cy', 'a').next();
    expect(byHost.state.phase).toBe('held');
    expect(byHost.timeUp().events).toEqual([]);
  });

  it('does not hold a room that agrees, nor any round of a game that does not hold splits', () => {
    const agreed = room().at(1_000).answer('Ada', 'b').answer('Bob', 'b').answer('Cy', 'b').answer('Dee', 'a');
    expect(agreed.state.phase).toBe('reveal'); // 75 % right
    const off = play([question('q1')]).join('Ada').join('Bob').start();
    off.at(1_000).answer('Ada', 'b').answer('Bob', 'a');
    expect(off.state.phase).toBe('reveal');
  });

  it('"Reveal" (the host\'s next) reveals the first vote as it stood, with what closed it', () => {
    const game = splitVote(room()).after(30_000).next();
    expect(game.state.phase).toBe('reveal');
    expect(game.state.lastRound).toMatchObject({ reason: 'allAnswered', answered: 4, correctCount: 2, distribution: { a: 1, b: 2, c: 1 } });
    expect(game.state.lastRound!.firstVote).toBeUndefined();
    expect(game.score('Ada')).toBe(975); // answered 1 s into 20
  });

  it('"End game" on a held round scores its first vote and ends', () => {
    const game = splitVote(room()).end();
    expect(game.eventTypes()).toEqual(['roundClosed', 'gameEnded']);
    expect(game.state).toMatchObject({ phase: 'ended', endedEarly: true });
    expect(game.score('Bob')).toBe(950); // 2 s into 20
  });

  it('refuses a second vote anywhere but on the held round', () => {
    const game = room();
    expect(game.refuse({ type: 'revote', index: 0 })).toBe('wrong_phase');
    splitVote(game);
    expect(game.refuse({ type: 'revote', index: 1 })).toBe('wrong_phase');
  });

  it('takes a second press of "Discuss and vote again" (a retry, another tab) as done: the vote stays as it opened', () => {
    const game = splitVote(room()).send({ type: 'revote', index: 0 }).answer('Cy', 'b');
    const open = game.state;
    expect(game.after(5_000).send({ type: 'revote', index: 0 }).events).toEqual([]);
    expect(game.state).toBe(open);
  });
});

describe('the second vote', () => {
  /** The split, then the host opens the second vote 30 s after the round opened. */
  const secondVote = (scoring: Scoring = 'speed') => splitVote(room(undefined, scoring)).at(30_000).send({ type: 'revote', index: 0 });

  it('opens the same question at once, with its whole time limit, and every present player expected', () => {
    const game = secondVote();
    const opened = game.now;
    expect(game.events).toEqual([{ type: 'roundOpened', index: 0, openedAt: opened, optionsAt: opened, deadline: opened + T, attempt: 2 }]);
    expect(game.state.phase).toBe('question');
    expect(game.state.round).toMatchObject({ attempt: 2, answered: 0, expected: 4 });
    expect(game.state.questions[0]!.options.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('opens at once even where the question had a reading time: it was read already', () => {
    const game = play([question('q1', { readMs: 5_000 })], 'speed', false, true).join('Ada').join('Bob').start();
    game.atOptions(1_000).answer('Ada', 'b').answer('Bob', 'a').send({ type: 'revote', index: 0 });
    expect(game.state.round!.optionsAt).toBe(game.now);
    game.answer('Bob', 'b').answer('Ada', 'b');
    expect(game.result('Bob').answer).toMatchObject({ correct: true, responseMs: 0 });
  });

  it('counts a second answer instead of the first, keeps the first of a player who does not vote again, and scores with no speed part', () => {
    const game = secondVote();
    game.after(1_000).answer('Cy', 'b').after(1_000).answer('Dee', 'b').after(1_000).answer('Bob', 'a');
    expect(game.state.phase).toBe('question'); // Ada has not voted again: waited for
    game.at(T).send({ type: 'timeUp', index: 0, attempt: 2 });
    const answers = ['Ada', 'Bob', 'Cy', 'Dee'].map((n) => game.result(n).answer);
    expect(answers.map((a) => [a?.optionIds, a?.correct, a?.points])).toEqual([
      [['b'], true, 975], // her first: 1 s into 20
      [['a'], false, 0],
      [['b'], true, 500], // a second vote scores as an answer at the buzzer: T/2 of 1000
      [['b'], true, 500],
    ]);
    expect(game.state.lastRound).toMatchObject({
      reason: 'time', answered: 4, correctCount: 3, distribution: { a: 1, b: 3 },
      firstVote: { answered: 4, correctCount: 2, changedToRight: 2, distribution: { a: 1, b: 2, c: 1 } },
    });
  });

  it('keeps the streak bonus, which rewards knowing it every time, not speed', () => {
    const game = room();
    game.at(1_000).answer('Ada', 'b').answer('Bob', 'b').answer('Cy', 'b').answer('Dee', 'b').next(); // Cy's streak: 1
    splitVote(game).send({ type: 'revote', index: 1 }).answer('Cy', 'b');
    game.send({ type: 'end' });
    expect(game.result('Cy').answer).toMatchObject({ points: 500 + STREAK_STEP, bonus: STREAK_STEP });
  });

  it('scores 1000 for a right second answer under accuracy scoring, as a first one', () => {
    const game = secondVote('accuracy').answer('Cy', 'b').end();
    expect(game.result('Cy').answer?.points).toBe(1000);
  });

  it('marks a second answer by the confidence given with it under certainty scoring', () => {
    const game = play([question('q1')], 'certainty', true, true).join('Ada').join('Bob').start();
    game.at(1_000).answerAs('Ada', 'sure', ['a']).answerAs('Bob', 'guessing', ['b']).send({ type: 'revote', index: 0 });
    game.answerAs('Ada', 'unsure', ['b']).answerAs('Bob', 'sure', ['b']);
    expect([game.result('Ada').answer, game.result('Bob').answer]).toMatchObject([{ confidence: 'unsure', points: 200 }, { confidence: 'sure', points: 300 }]);
  });

  it('closes once every present player voted again, and is never held again however it splits', () => {
    const game = secondVote().answer('Ada', 'a').answer('Bob', 'b').answer('Cy', 'a').answer('Dee', 'b');
    expect(game.eventTypes()).toEqual(['answerAccepted', 'roundClosed']);
    expect(game.state.lastRound).toMatchObject({ reason: 'allAnswered', correctCount: 2, firstVote: { changedToRight: 1 } });
  });

  it("ignores the first vote's deadline: only its own closes it", () => {
    const game = secondVote().at(T + 50);
    expect(game.send({ type: 'timeUp', index: 0 }).events).toEqual([]);
    expect(game.state.phase).toBe('question');
  });

  it('refuses a second answer in the same vote, and answers after its deadline', () => {
    const game = secondVote().answer('Cy', 'b');
    expect(game.refuseAnswer('Cy', ['a'])).toBe('already_answered');
    game.after(T + 1);
    expect(game.refuseAnswer('Ada', ['b'])).toBe('too_late');
  });

  it('drops both votes of a player kicked during the second', () => {
    const game = secondVote().answer('Cy', 'b').kick('Cy');
    expect(game.events[0]).toEqual({ type: 'playerKicked', playerId: game.id('Cy'), droppedAnswerIn: 0 });
    game.kick('Dee'); // only a first vote: dropped too
    expect(game.events[0]).toMatchObject({ droppedAnswerIn: 0 });
    game.answer('Ada', 'b').answer('Bob', 'b');
    expect(game.state.lastRound).toMatchObject({ answered: 2, correctCount: 2, firstVote: { answered: 2, correctCount: 2, changedToRight: 0 } });
  });

  it.each<[QuestionType, () => GameQuestion, string[], string[]]>([
    ['choice', () => question('c'), ['b'], ['a']],
    ['truefalse', () => typedQuestion('tf', 'truefalse', ['True', 'False']), ['a'], ['b']],
    ['ordering', () => typedQuestion('o', 'ordering', ['Collect', 'Label', 'Train']), ['a', 'b', 'c'], ['c', 'b', 'a']],
    ['matching', () => typedQuestion('m', 'matching', [['Clarify', 'bias'], ['Monitor', 'drift']]), ['m0', 'm1'], ['m1', 'm0']],
  ])('works for a %s question', (_type, q, right, wrong) => {
    const game = play([q()], 'speed', false, true).join('Ada').join('Bob').start();
    game.at(1_000).answer('Ada', ...right).answer('Bob', ...wrong);
    expect(game.state.phase).toBe('held');
    game.send({ type: 'revote', index: 0 }).answer('Bob', ...right).answer('Ada', ...right);
    expect(game.state.lastRound).toMatchObject({ correctCount: 2, firstVote: { correctCount: 1, changedToRight: 1 } });
  });

  it('works for a typed question', () => {
    const game = play([typedQuestion('t', 'typed', ['Ground Truth'])], 'speed', false, true).join('Ada').join('Bob').start();
    game.at(1_000).type('Ada', 'ground truth').type('Bob', 'Canvas').send({ type: 'revote', index: 0 }).type('Bob', 'Ground truth').type('Ada', 'ground truth');
    expect(game.state.lastRound).toMatchObject({ correctCount: 2, distribution: {}, firstVote: { correctCount: 1, changedToRight: 1, distribution: { Canvas: 1 } } });
  });
});

describe('restoring', () => {
  it('a held round restores held, its first vote kept and nothing scored', () => {
    const game = splitVote(room());
    const { state, close } = restoreGame(storedGame(game), 42);
    expect(close).toBeNull();
    expect(state.phase).toBe('held');
    expect(state.round).toMatchObject({ index: 0, answered: 4 });
    const revealed = reduce(state, { type: 'next' }, 50);
    expect(revealed.ok && revealed.state.lastRound).toMatchObject({ answered: 4, correctCount: 2 });
  });

  it('a second vote open when the process stopped is closed with the answers it has, as the room would have closed it', () => {
    const game = splitVote(room()).at(30_000).send({ type: 'revote', index: 0 }).after(1_000).answer('Cy', 'b');
    const { state, close } = restoreGame(storedGame(game), 42);
    expect(close).toEqual({ type: 'timeUp', index: 0, attempt: 2 });
    const closed = reduce(state, close!, 42);
    game.send({ type: 'timeUp', index: 0, attempt: 2 });
    if (!closed.ok) throw new Error(closed.error.message);
    const scores = (s: typeof closed.state) => game.state.joinOrder.map((id) => s.lastRound!.results[id]!.score);
    expect(scores(closed.state)).toEqual(scores(game.state));
    expect(closed.state.lastRound).toMatchObject({ correctCount: 3, firstVote: { correctCount: 2, changedToRight: 1 } });
  });

  it('a round revealed after a second vote restores revealed, with the totals it left, and the game goes on holding splits', () => {
    const revealed = splitVote(room()).send({ type: 'revote', index: 0 }).answer('Cy', 'b').answer('Dee', 'b').answer('Ada', 'b').answer('Bob', 'b');
    const { state } = restoreGame(storedGame(revealed), 42);
    expect(state.phase).toBe('reveal');
    expect(state.holdSplit).toBe(true);
    expect(state.joinOrder.map((id) => state.lastRound!.results[id]!.score)).toEqual(revealed.state.joinOrder.map((id) => revealed.state.lastRound!.results[id]!.score));
    expect(state.lastRound!.firstVote).toMatchObject({ answered: 4, correctCount: 2, changedToRight: 2 }); // options named as restored (o0…)
  });
});
