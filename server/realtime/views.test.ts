import { describe, expect, test } from 'vitest';
import { activePlayers, playerOf } from '../game/engine';
import { play } from '../../tests/support/game-driver';
import { question, quiz } from '../../tests/support/game-questions';
import type { GameState } from '../game/types';
import { joinPlayerScreen } from '../../common/player-screen-parts';
import { hostScreen, hostScreenName, leaderboard, ownPart, playerScreen, sharedPlayerScreen, standings, type ViewContext } from './views';

const ctx: ViewContext = { gameId: 'g1', code: '123456', now: 0, showQuestionsOnPhones: true, hideTypedAnswers: false, autoAdvanceMs: null, lanOrigin: null };

/** The standings as a full stable sort of the room gave them before. */
function sortedStandings(state: GameState, size: number) {
  return activePlayers(state)
    .filter((p) => p.rank !== null)
    .sort((a, b) => a.rank! - b.rank!)
    .slice(0, size)
    .map((p) => ({ playerId: p.id, nickname: p.nickname, score: p.score, rank: p.rank!, previousRank: p.previousRank }));
}

/** A room of `n` where every third player answers right, every fifth is kicked: ties, gaps and removals. */
function playedRoom(n: number) {
  const game = play(quiz(2));
  const names = Array.from({ length: n }, (_, i) => `P${i}`);
  for (const name of names) game.join(name);
  game.start();
  for (const [i, name] of names.entries()) {
    game.after(7).answer(name, i % 3 === 0 ? 'b' : 'a');
  }
  for (const [i, name] of names.entries()) if (i % 5 === 4) game.kick(name);
  return game;
}

describe('standings', () => {
  test('the top of the room, ties in join order, kicked players left out, as a full sort gave them', () => {
    const game = playedRoom(40);
    for (const size of [1, 3, 5, 13, 40, 100]) expect(standings(game.state, size)).toEqual(sortedStandings(game.state, size));
    const all = standings(game.state, 40);
    expect(new Set(all.map((s) => s.rank)).size).toBeLessThan(all.length); // the wrong answers tie
    expect(all).toHaveLength(32); // 8 of the 40 kicked
  });

  test('before the first reveal nobody has a rank', () => {
    const game = play(quiz(1)).join('Ada').join('Bo').start();
    expect(standings(game.state, 5)).toEqual([]);
  });
});

describe('leaderboard', () => {
  test("each row carries the points its player gained in the round just closed, streak bonus included, and none for a wrong answer", () => {
    const game = play(quiz(2)).join('Ada').join('Bo').start();
    game.after(2000).answer('Ada', 'b').answer('Bo', 'b').next();
    const first = leaderboard(game.state);
    expect(first.map((r) => r.gained)).toEqual(first.map((r) => r.score)); // the first round's gain is the whole score
    game.after(3000).answer('Ada', 'b').answer('Bo', 'a');
    const rows = leaderboard(game.state);
    const ada = rows.find((r) => r.nickname === 'Ada')!;
    const own = ownPart(game.state, playerOf(game.state, 'id-ada')!, sharedPlayerScreen(game.state, ctx)!);
    expect(own?.screen === 'reveal' && own.you.bonus).toBe(100);
    expect(ada.gained).toBe(own?.screen === 'reveal' ? own.you.points : NaN);
    expect(ada.gained).toBe(ada.score - first.find((r) => r.nickname === 'Ada')!.score);
    expect(rows.find((r) => r.nickname === 'Bo')!.gained).toBe(0);
    expect(hostScreen(game.state, ctx)).toMatchObject({ screen: 'reveal', leaderboard: rows });
  });
});

describe('screens', () => {
  test('hostScreenName names the screen hostScreen builds, through a whole game', () => {
    const game = play(quiz(2)).join('Ada').join('Bo');
    const states = [game.state];
    game.start().answer('Ada', 'b');
    states.push(game.state);
    game.answer('Bo', 'a');
    states.push(game.state);
    game.next();
    states.push(game.state);
    game.next().end();
    states.push(game.state);
    expect(states.map((s) => hostScreenName(s))).toEqual(['lobby', 'question', 'reveal', 'question', 'ended']);
    for (const state of states) expect(hostScreen(state, ctx).screen).toBe(hostScreenName(state));
  });

  test("a reveal and the end: the shared part and each player's own part join into the player's whole screen", () => {
    const game = play(quiz(1)).join('Ada').join('Bo').start();
    game.after(2000).answer('Ada', 'b').answer('Bo', 'c');
    const reveal = sharedPlayerScreen(game.state, ctx)!;
    expect(reveal).toMatchObject({ screen: 'reveal', round: { index: 0 }, reveal: { correctOptionIds: ['b'] } });
    const ada = game.player('Ada');
    expect(joinPlayerScreen(reveal, ownPart(game.state, ada, reveal)!)).toEqual(playerScreen(game.state, ctx, ada));
    expect(ownPart(game.state, ada, reveal)).toMatchObject({ screen: 'reveal', index: 0, you: { outcome: 'correct', rank: 1 } });

    game.join('Late'); // joined while the reveal was shown: no result of this round, so no own part
    expect(ownPart(game.state, game.player('Late'), reveal)).toBeNull();
    expect(playerScreen(game.state, ctx, game.player('Late'))).toEqual({ screen: 'lobby', code: ctx.code, started: true });

    game.next();
    const ended = sharedPlayerScreen(game.state, ctx)!;
    expect(ended).toEqual({ screen: 'ended', gameId: 'g1', questions: 1, players: 3 });
    for (const name of ['Ada', 'Bo', 'Late']) {
      const player = game.player(name);
      expect(joinPlayerScreen(ended, ownPart(game.state, player, ended)!)).toEqual(playerScreen(game.state, ctx, player));
    }
    expect(playerScreen(game.state, ctx, game.player('Late'))).toMatchObject({ rank: 3, score: 0 }); // no rank yet: last
  });

  test('while a round is open there is no shared reveal, and an own part of another round joins nothing', () => {
    const game = play(quiz(2)).join('Ada').start();
    expect(sharedPlayerScreen(game.state, ctx)).toBeNull();
    game.answer('Ada', 'b');
    const first = sharedPlayerScreen(game.state, ctx)!;
    const own = ownPart(game.state, game.player('Ada'), first)!;
    game.next().answer('Ada', 'b');
    const second = sharedPlayerScreen(game.state, ctx)!;
    expect(joinPlayerScreen(second, own)).toBeNull();
  });
});

describe('why not, per option', () => {
  const notes = { a: 'Not a: too slow.', c: 'Not c: costs more.' };

  test("no note is in any screen while the round is open; at the reveal each phone gets its own wrong pick's note, the host the most-picked one's", () => {
    const game = play([question('q1', { correct: ['b'], notes })]).join('Ada').join('Bo').join('Cy').join('Di').start();
    game.after(1000).answer('Ada', 'a').answer('Bo', 'c').answer('Cy', 'c');
    expect(JSON.stringify([hostScreen(game.state, ctx), playerScreen(game.state, ctx, playerOf(game.state, 'id-ada')!)])).not.toMatch(/Not [ac]/);
    game.answer('Di', 'b');
    const shared = sharedPlayerScreen(game.state, ctx)!;
    expect(JSON.stringify(shared)).not.toMatch(/Not [ac]/);
    const whyNot = (nickname: string) => {
      const own = ownPart(game.state, playerOf(game.state, `id-${nickname.toLowerCase()}`)!, shared);
      return own?.screen === 'reveal' ? own.you.whyNot : null;
    };
    expect(whyNot('Ada')).toEqual([{ optionId: 'a', note: notes.a }]);
    expect(whyNot('Bo')).toEqual([{ optionId: 'c', note: notes.c }]);
    expect(whyNot('Di')).toEqual([]);
    const host = hostScreen(game.state, ctx);
    expect(host.screen === 'reveal' && host.commonMistake).toEqual({ optionId: 'c', note: notes.c, picks: 2 });
  });

  test("a bank's question-wide why-not notes still go to everyone, with no note per option", () => {
    const game = play([{ ...question('q1'), whyNot: ['Tempting, but no.'] }]).join('Ada').start();
    game.after(1000).answer('Ada', 'a');
    const shared = sharedPlayerScreen(game.state, ctx)!;
    expect(shared.screen === 'reveal' && shared.reveal.whyNot).toEqual(['Tempting, but no.']);
    const own = ownPart(game.state, playerOf(game.state, 'id-ada')!, shared);
    expect(own?.screen === 'reveal' && own.you.whyNot).toEqual([]);
    const host = hostScreen(game.state, ctx);
    expect(host.screen === 'reveal' && host.commonMistake).toBeNull();
  });
});

describe('discuss and vote again', () => {
  /** Ada right, Bob wrong: a split, held for the host. */
  const held = () => play([question('q1'), question('q2')], 'speed', false, true).join('Ada').join('Bob').start().after(1_000).answer('Ada', 'b').answer('Bob', 'a');

  test("a held round shows the host how the votes fell and nothing of which is right, and each phone its own answer", () => {
    const game = held();
    const host = hostScreen(game.state, ctx);
    expect(host).toMatchObject({ screen: 'held', round: { index: 0, attempt: 1, remainingMs: 0 }, votes: { distribution: { a: 1, b: 1, c: 0, d: 0 }, answered: 2, players: 2 } });
    expect(JSON.stringify(host)).not.toMatch(/correct|explanation|Because/);
    expect(playerScreen(game.state, ctx, game.player('Bob'))).toMatchObject({ screen: 'held', picked: ['a'] });
    expect(sharedPlayerScreen(game.state, ctx)).toBeNull();
  });

  test('a second vote is a question screen of attempt 2; a (re)connecting phone gets its first answer with it', () => {
    const game = held().send({ type: 'revote', index: 0 }).answer('Bob', 'b');
    expect(hostScreen(game.state, ctx)).toMatchObject({ screen: 'question', round: { attempt: 2 }, answered: 1, expected: 2 });
    expect(playerScreen(game.state, ctx, game.player('Bob'))).toMatchObject({ screen: 'question', round: { attempt: 2 }, picked: ['b'], firstPicked: ['a'] });
    expect(playerScreen(game.state, ctx, game.player('Ada'))).toMatchObject({ screen: 'question', picked: null, firstPicked: ['b'] });
  });

  test('the reveal after a second vote carries the first vote, and the next question is a first vote again', () => {
    const game = held().send({ type: 'revote', index: 0 }).answer('Bob', 'b').answer('Ada', 'b');
    const shared = sharedPlayerScreen(game.state, ctx);
    expect(shared).toMatchObject({ screen: 'reveal', round: { attempt: 2 }, reveal: { correctCount: 2, firstVote: { answered: 2, correctCount: 1, changedToRight: 1, distribution: { a: 1, b: 1 } } } });
    game.next();
    expect(hostScreen(game.state, ctx)).toMatchObject({ screen: 'question', round: { index: 1, attempt: 1 } });
  });
});
