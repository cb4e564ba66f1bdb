import { describe, expect, it } from 'vitest';
import { play } from '../../tests/support/game-driver';
import { question, typedQuestion } from '../../tests/support/game-questions';
import { mostPickedWrongNote, notesForPicks } from './why-not';

const NOTES = { a: 'Not a: it is too slow.', c: 'Not c: it costs more.', b: 'The right one has a note too.' };

describe('why not, per option', () => {
  it("a player gets the note of each wrong option they picked, none for a right one's or one without a note", () => {
    const q = question('q1', { correct: ['b'], notes: NOTES });
    expect(notesForPicks(q, ['a'])).toEqual([{ optionId: 'a', note: NOTES.a }]);
    expect(notesForPicks(q, ['b'])).toEqual([]);
    expect(notesForPicks(q, ['d'])).toEqual([]);
    expect(notesForPicks(q, [])).toEqual([]);
  });

  it('a multiple response gives each wrong pick its note, in the order shown', () => {
    const q = question('q1', { correct: ['b', 'd'], notes: NOTES });
    expect(notesForPicks(q, ['c', 'b', 'a'])).toEqual([{ optionId: 'a', note: NOTES.a }, { optionId: 'c', note: NOTES.c }]);
  });

  it('true/false has notes on its options; ordering, matching and typed have none to give', () => {
    const trueFalse = typedQuestion('tf', 'truefalse', ['True', 'False']);
    const withNote = { ...trueFalse, options: trueFalse.options.map((o) => (o.correct ? o : { ...o, note: 'It is true.' })) };
    expect(notesForPicks(withNote, ['b'])).toEqual([{ optionId: 'b', note: 'It is true.' }]);
    for (const type of ['ordering', 'typed'] as const) {
      const q = typedQuestion('x', type, ['one', 'two']);
      const noted = { ...q, options: q.options.map((o) => ({ ...o, correct: false, note: 'a note' })) };
      expect(notesForPicks(noted, ['a'])).toEqual([]);
      expect(mostPickedWrongNote(noted, { a: 3 })).toBeNull();
    }
  });

  it('the host gets the most-picked wrong option with a note, the first shown on a tie, else none', () => {
    const q = question('q1', { correct: ['b'], notes: NOTES });
    expect(mostPickedWrongNote(q, { a: 1, b: 5, c: 2, d: 0 })).toEqual({ optionId: 'c', note: NOTES.c, picks: 2 });
    expect(mostPickedWrongNote(q, { a: 2, b: 0, c: 2, d: 0 })).toEqual({ optionId: 'a', note: NOTES.a, picks: 2 });
    // d, picked most, has no note: the most-picked one that has a note is shown, with its own count
    expect(mostPickedWrongNote(q, { a: 1, b: 0, c: 0, d: 9 })).toEqual({ optionId: 'a', note: NOTES.a, picks: 1 });
    expect(mostPickedWrongNote(q, { a: 0, b: 4, c: 0, d: 1 })).toBeNull();
    expect(mostPickedWrongNote(question('q2'), { a: 3 })).toBeNull();
  });

  it("a whole game: each player's reveal carries only their own wrong pick's note", () => {
    const game = play([question('q1', { correct: ['b'], notes: NOTES })]).join('Ada').join('Bo').join('Cy').start();
    game.after(1000).answer('Ada', 'a').answer('Bo', 'c').answer('Cy', 'b');
    const q = game.state.questions[0]!;
    const picks = game.state.lastRound!.results;
    expect(Object.values(picks).map((r) => notesForPicks(q, r.answer?.optionIds ?? []).map((n) => n.optionId))).toEqual([['a'], ['c'], []]);
    expect(mostPickedWrongNote(q, game.state.lastRound!.distribution)?.optionId).toBe('a');
  });
});
