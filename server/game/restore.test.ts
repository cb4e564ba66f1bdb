import { describe, expect, it } from 'vitest';
import { answerOf, playerOf, reduce } from './engine';
import { restoreGame } from './restore';
import { keysOf, valuesOf } from './shards';
import { play } from '../../tests/support/game-driver';
import { storedGame as stored } from '../../tests/support/stored-game';
import { T, quiz, typedQuestion } from '../../tests/support/game-questions';
import type { GameState } from './types';

// A game rebuilt from what the store holds must be the game the players saw.

const totals = (s: GameState) => s.joinOrder.map((id) => { const p = playerOf(s, id)!; return [p.nickname, p.score, p.streak, p.correctCount, p.rank]; });

describe('restoring a game from the store', () => {
  it('after a closed round: the same scores, streaks, ranks, results and distribution', () => {
    const game = play(quiz(3)).join('Ada').join('Bob').join('Cy').start();
    game.at(0).answer('Ada', 'b').at(T / 2).answer('Bob', 'a').at(T).answer('Cy', 'b');
    game.next().at(1_000).answer('Ada', 'b').at(2_000).answer('Cy', 'b').at(3_000).answer('Bob', 'b');

    const { state, close } = restoreGame(stored(game), 42);
    expect(close).toBeNull();
    expect(state.phase).toBe('reveal');
    expect(totals(state)).toEqual(totals(game.state));
    const results = (s: GameState) => Object.values(s.lastRound!.results).map((r) => [r.score, r.streak, r.rank, r.previousRank, r.answer?.correct, r.answer?.points, r.answer?.bonus]);
    expect(results(state)).toEqual(results(game.state));
    expect(Object.values(state.lastRound!.distribution)).toEqual(Object.values(game.state.lastRound!.distribution));
    expect(valuesOf(state.players).every((p) => !p.connected)).toBe(true); // nobody is back yet
  });

  it('with a round still open: its answers are kept, and the caller is told to close it', () => {
    const game = play(quiz(2)).join('Ada').join('Bob').start();
    game.at(0).answer('Ada', 'b').at(1_000).answer('Bob', 'b');
    game.next().at(2_000).answer('Ada', 'b');

    const { state, close } = restoreGame(stored(game), 42);
    expect(close).toEqual({ type: 'timeUp', index: 1 });
    expect(state).toMatchObject({ phase: 'question', index: 1, round: { answered: 1, deadline: 42 } });
    const ada = state.joinOrder[0]!;
    expect(answerOf(state.round!, ada)).toMatchObject({ correct: true, bonus: 100 }); // the second in a row
    expect(totals(state)).toEqual(totals(game.state));
  });

  it('in the lobby: the players, nobody connected', () => {
    const game = play(quiz(2)).join('Ada').join('Bob').lock();
    const { state } = restoreGame(stored(game), 42);
    expect(state).toMatchObject({ phase: 'lobby', locked: true, index: -1 });
    expect(keysOf(state.nicknames).sort()).toEqual(['ada', 'bob']);
  });

  it("keeps the host's bans: a nickname containing one is still refused, the kicked still kicked", () => {
    const game = play(quiz(2)).join('Ada').join('spam1').send({ type: 'ban', pattern: 'SPAM' });
    const { state } = restoreGame(stored(game), 42);
    expect(state.bans).toEqual(['spam']);
    expect(reduce(state, { type: 'join', playerId: 'id-x', nickname: 'xSpamx' }, 43)).toMatchObject({ ok: false, error: { code: 'banned' } });
    expect(playerOf(state, 'id-spam1')!.kicked).toBe(true);
    expect(reduce(state, { type: 'join', playerId: 'id-cy', nickname: 'Cy' }, 43).ok).toBe(true);
  });
});

describe('restoring rounds of every question type', () => {
  it('keeps each open answer as given: an order, a set of matches, a typed text', () => {
    const questions = [
      typedQuestion('order', 'ordering', ['one', 'two', 'three'], ['c', 'a', 'b']),
      typedQuestion('match', 'matching', [['A', 'x'], ['B', 'y'], ['C', 'z']], ['b', 'c', 'a']),
      typedQuestion('type', 'typed', ['Ground Truth']),
    ];
    const game = play(questions, 'accuracy').join('Ada').join('Bob').start();
    game.at(1_000).answer('Ada', 'a', 'b', 'c').at(2_000).answer('Bob', 'c', 'b', 'a');
    game.next().at(1_000).answer('Ada', 'm1', 'm2', 'm0');
    const restored = restoreGame(stored(game), 42).state;
    expect(restored.scoring).toBe('accuracy');
    expect(answerOf(restored.round!, game.id('Ada'))).toMatchObject({ optionIds: ['m1', 'm2', 'm0'], correct: true, points: 1100 });
    expect(totals(restored)).toEqual(totals(game.state));

    game.at(2_000).answer('Bob', 'm0', 'm1', 'm2').next().at(500).type('Ada', 'ground  truth');
    const third = restoreGame(stored(game), 42).state;
    expect(answerOf(third.round!, game.id('Ada'))).toMatchObject({ optionIds: [], text: 'ground truth', correct: true });
  });
});
