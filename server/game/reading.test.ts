import { describe, expect, it } from 'vitest';
import { answerOf } from './engine';
import { planGame, type BankQuestion } from './plan';
import { READ_MAX_MS, READ_MIN_MS, readingMs } from './reading';
import { restoreGame } from './restore';
import { play } from '../../tests/support/game-driver';
import { T, question } from '../../tests/support/game-questions';
import { storedGame } from '../../tests/support/stored-game';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('the reading time of a question', () => {
  it('is a second plus 4 words a second, in whole seconds, from 3 s to 12 s', () => {
    expect(readingMs('Which port?')).toBe(READ_MIN_MS);
    expect(readingMs(words(8))).toBe(3_000); // 1 + 2 s
    expect(readingMs(words(9))).toBe(4_000); // 1 + 2.25 s, rounded up
    expect(readingMs(words(30))).toBe(9_000); // 1 + 7.5 s
    expect(readingMs(words(44))).toBe(READ_MAX_MS);
    expect(readingMs(words(400))).toBe(READ_MAX_MS); // a case study never keeps the room waiting long
  });

  it('counts words however they are spaced, markdown line breaks included', () => {
    expect(readingMs(`  ${words(20)}\n\n${words(20)}  `)).toBe(readingMs(words(40)));
  });

  it('is planned with each question when the host chose "Time to read first", else 0', () => {
    const bank: BankQuestion[] = [{
      id: 'q', type: 'choice', section: 'S', caseStudy: null, stem: words(30), select: 1, explanation: '', whyNot: [], links: [],
      options: [{ id: 'a', text: 'A', correct: true, match: null, note: null }, { id: 'b', text: 'B', correct: false, match: null, note: null }],
    }];
    const settings = { sections: [], count: null, secondsPerQuestion: 20, shuffleQuestions: false, shuffleOptions: false };
    const [reading] = planGame(bank, { ...settings, readFirst: true }, Math.random);
    const [atOnce] = planGame(bank, { ...settings, readFirst: false }, Math.random);
    expect(reading).toMatchObject({ readMs: 9_000, timeLimitMs: 20_000 }); // added before the answer window, not taken from it
    expect(atOnce).toMatchObject({ readMs: 0, timeLimitMs: 20_000 });
  });
});

/** host starts a game whose questions are read for 5 s first; Ada and Bob play */
function readingGame() {
  return play([question('q1', { readMs: 5_000 }), question('q2', { readMs: 5_000 })]).join('Ada').join('Bob').start();
}

describe('a round read first', () => {
  it('opens on the question alone: the options and the full answer window come after the reading time', () => {
    const game = readingGame();
    const opened = game.now;
    expect(game.events).toEqual([{ type: 'roundOpened', index: 0, openedAt: opened, optionsAt: opened + 5_000, deadline: opened + 5_000 + T }]);
  });

  it('refuses an answer while the question is being read, with a message saying why, and keeps nothing of it', () => {
    const game = readingGame();
    game.at(4_999);
    const before = game.state;
    expect(game.refuseAnswer('Ada', ['b'])).toBe('still_reading');
    expect(game.state).toBe(before);
    expect(answerOf(game.state.round!, game.id('Ada'))).toBeUndefined();
  });

  it('takes answers from the moment the options appear, scoring speed from then', () => {
    const game = readingGame();
    game.atOptions(0).answer('Ada', 'b');
    expect(game.lastEvent('answerAccepted').answer).toMatchObject({ responseMs: 0, points: 1000 });
    game.atOptions(T / 2).answer('Bob', 'b');
    expect(game.lastEvent('answerAccepted').answer).toMatchObject({ responseMs: T / 2, points: 750 });
  });

  it('keeps the whole answer window after reading: an answer at the deadline counts, one after it is too late', () => {
    const game = readingGame();
    game.atOptions(T).answer('Ada', 'b');
    expect(game.lastEvent('answerAccepted').answer).toMatchObject({ responseMs: T, points: 500 });
    game.atOptions(T + 1);
    expect(game.refuseAnswer('Bob', ['b'])).toBe('too_late');
  });

  it('reads every round: the next one opens reading too', () => {
    const game = readingGame();
    game.atOptions(1_000).answer('Ada', 'b').answer('Bob', 'a');
    game.after(3_000).next();
    expect(game.state.round).toMatchObject({ index: 1, openedAt: game.now, optionsAt: game.now + 5_000 });
    expect(game.refuseAnswer('Ada', ['b'])).toBe('still_reading');
  });

  it('lets the host end the round while it is read: nobody answered, nobody scores', () => {
    const game = readingGame();
    game.at(1_000).next();
    expect(game.state.lastRound).toMatchObject({ reason: 'host', answered: 0 });
  });
});

describe('restoring a round read first', () => {
  it('mid-reading: the round goes on reading for the time left, then the full answer window', () => {
    const game = readingGame();
    game.at(2_000); // the process stops 2 s into a 5 s reading
    const { state, close } = restoreGame(storedGame(game), 90_000);
    expect(close).toBeNull();
    expect(state).toMatchObject({ phase: 'question', index: 0, round: { openedAt: 88_000, optionsAt: 93_000, deadline: 93_000 + T, answered: 0 } });
    expect(state.questions[0]!.readMs).toBe(5_000);
  });

  it('once its options were open: closed with the answers it had, as any open round', () => {
    const game = readingGame();
    game.atOptions(1_000).answer('Ada', 'b').atOptions(3_000);
    expect(restoreGame(storedGame(game), 90_000).close).toEqual({ type: 'timeUp', index: 0 });
  });

  it('past its reading time with no answer yet: closed too, since its answer clock was running', () => {
    const game = readingGame();
    game.atOptions(1);
    expect(restoreGame(storedGame(game), 90_000).close).toEqual({ type: 'timeUp', index: 0 });
  });
});
