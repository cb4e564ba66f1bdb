import { describe, expect, it } from 'vitest';
import { GRACE_MS, RECENT_JOIN_MS, ROOM_BLIP_GRACE_MS, activePlayers, answerOf, playerOf, reduce, reduceBatch } from './engine';
import { valuesOf } from './shards';
import { rankByScore } from './scoring';
import { play } from '../../tests/support/game-driver';
import { T, question, quiz } from '../../tests/support/game-questions';
import type { Command } from './types';

/** host creates a room -> Ada, Bob and Cy join -> the game starts */
function threePlayers(questions = quiz(3)) {
  return play(questions).join('Ada').join('Bob').join('Cy').start();
}

/** The whole 3-question game the first tests tell. */
function fullGame() {
  const game = play(quiz(3));
  game.join('Ada').join('Bob').join('Cy').start();
  // round 1: Ada at once, Bob wrong at half time, Cy right at the buzzer
  game.at(0).answer('Ada', 'b').at(T / 2).answer('Bob', 'a').at(T).answer('Cy', 'b');
  const round1 = game.states.at(-1)!;
  // round 2: Bob at once, Ada at half time on a streak, Cy silent until time's up
  game.next().at(0).answer('Bob', 'b').at(T / 2).answer('Ada', 'b').at(T + 1).timeUp();
  const round2 = game.states.at(-1)!;
  // round 3: Cy at once, Ada wrong, Bob at half time on a streak
  game.next().at(0).answer('Cy', 'b').at(1_000).answer('Ada', 'c').at(T / 2).answer('Bob', 'b');
  const round3 = game.states.at(-1)!;
  game.next();
  return { game, round1, round2, round3 };
}

describe('a whole game', () => {
  it('host creates a room -> three players join -> three rounds -> the game ends with the right scores and ranks', () => {
    const { game, round1, round2, round3 } = fullGame();
    const table = (s: typeof round1) => s.joinOrder.map((id) => playerOf(s, id)!).map((p) => [p.nickname, p.score, p.streak, p.rank, p.previousRank]);

    expect(round1.phase).toBe('reveal');
    expect(table(round1)).toEqual([
      ['Ada', 1000, 1, 1, null],
      ['Bob', 0, 0, 3, null],
      ['Cy', 500, 1, 2, null],
    ]);
    expect(table(round2)).toEqual([
      ['Ada', 1000 + 750 + 100, 2, 1, 1],
      ['Bob', 1000, 1, 2, 3],
      ['Cy', 500, 0, 3, 2],
    ]);
    expect(table(round3)).toEqual([
      ['Ada', 1850, 0, 1, 1],
      ['Bob', 1000 + 750 + 100, 2, 1, 2],
      ['Cy', 500 + 1000, 1, 3, 3],
    ]);
    expect(game.state.phase).toBe('ended');
    expect(game.state.endedEarly).toBe(false);
    expect(game.eventTypes()).toEqual(['gameEnded']);
    expect(game.state.joinOrder.map((id) => playerOf(game.state, id)!).map((p) => p.correctCount)).toEqual([2, 2, 2]);
  });

  it('keeps the state plain JSON at every step', () => {
    const { game } = fullGame();
    expect(game.states.length).toBeGreaterThan(15);
    // toStrictEqual: a property left undefined (which JSON drops) must fail too
    for (const state of game.states) expect(JSON.parse(JSON.stringify(state))).toStrictEqual(state);
  });
});

describe('streaks', () => {
  it('adds +0, +100, +200 ... for answers in a row, capped at +500', () => {
    const game = play(quiz(8)).join('Ada').start();
    const bonuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      game.at(0).answer('Ada', 'b');
      bonuses.push(game.result('Ada').answer!.bonus);
      expect(game.result('Ada').answer!.points).toBe(1000 + bonuses[i]!);
      if (i < 7) game.next();
    }
    expect(bonuses).toEqual([0, 100, 200, 300, 400, 500, 500, 500]);
    expect(game.player('Ada')).toMatchObject({ streak: 8, score: 8000 + 2500, correctCount: 8 });
  });

  it('resets after a wrong answer', () => {
    const game = play(quiz(4)).join('Ada').start();
    game.round({ Ada: 'b' }).next().round({ Ada: 'b' });
    expect(game.player('Ada').streak).toBe(2);
    game.next().round({ Ada: 'a' });
    expect(game.player('Ada').streak).toBe(0);
    expect(game.result('Ada').answer).toMatchObject({ correct: false, points: 0, bonus: 0 });
    game.next().round({ Ada: 'b' });
    expect(game.result('Ada').answer!.bonus).toBe(0);
    expect(game.player('Ada').streak).toBe(1);
  });

  it('resets when a player does not answer', () => {
    const game = play(quiz(3)).join('Ada').join('Bob').start();
    game.round({ Ada: 'b', Bob: 'b' }).next().round({ Bob: 'b' });
    expect(game.result('Ada')).toMatchObject({ answer: null, streak: 0 });
    game.next().round({ Ada: 'b' });
    expect(game.result('Ada').answer!.bonus).toBe(0);
  });
});

describe('closing a round early', () => {
  it('closes as soon as every connected player has answered', () => {
    const game = threePlayers();
    game.at(1_000).answer('Ada', 'b').answer('Bob', 'a');
    expect(game.state.phase).toBe('question');
    game.answer('Cy', 'c');
    expect(game.eventTypes()).toEqual(['answerAccepted', 'roundClosed']);
    expect(game.state.phase).toBe('reveal');
  });

  it('records what closed the round: the last answer, the clock, or the host', () => {
    expect(threePlayers().at(1_000).answer('Ada', 'b').answer('Bob', 'a').answer('Cy', 'c').state.lastRound?.reason).toBe('allAnswered');
    expect(threePlayers().at(1_000).answer('Ada', 'b').at(T).timeUp().state.lastRound?.reason).toBe('time');
    expect(threePlayers().at(1_000).answer('Ada', 'b').next().state.lastRound?.reason).toBe('host');
    expect(threePlayers().at(1_000).end().state.lastRound?.reason).toBe('host');
  });

  it('does not wait for a player who is away', () => {
    const game = play().join('Ada').join('Bob').join('Cy').drop('Cy').start();
    game.at(1_000).answer('Ada', 'b').answer('Bob', 'b');
    expect(game.state.phase).toBe('reveal');
    expect(game.result('Cy').answer).toBeNull();
  });

  it('does not close while nobody is connected: it waits for the timer', () => {
    const game = play().join('Ada').join('Bob').drop('Ada').drop('Bob').start();
    expect(game.state.round).toMatchObject({ answered: 0, expected: 0 });
    expect(game.state.phase).toBe('question');
    game.reconnect('Ada').drop('Ada');
    expect(game.state.phase).toBe('question');
    game.at(T).timeUp();
    expect(game.state.phase).toBe('reveal');
  });

  it('does not close when everyone drops before anyone answered', () => {
    const game = threePlayers().drop('Ada').drop('Bob').drop('Cy');
    expect(game.state.phase).toBe('question');
  });

  it('closes when the last player still to answer disconnected and did not come back within the grace', () => {
    const game = threePlayers();
    game.at(1_000).answer('Ada', 'b').answer('Bob', 'b').drop('Cy');
    expect(game.events).toEqual([{ type: 'presenceChanged', playerId: game.id('Cy'), connected: false, expectedUntil: game.now + GRACE_MS }]);
    expect(game.state.phase).toBe('question');
    game.at(1_000 + GRACE_MS - 1).graceOver();
    expect(game.state.phase).toBe('question');
    game.at(1_000 + GRACE_MS).graceOver();
    expect(game.eventTypes()).toEqual(['roundClosed']);
  });

  it('a room-wide blip closes nothing: half the room drops, comes back within the grace and answers', () => {
    const names = Array.from({ length: 10 }, (_, i) => `P${i}`);
    const game = play();
    for (const name of names) game.join(name);
    game.start().at(1_000);
    for (const name of names.slice(0, 5)) game.answer(name, 'b');
    for (const name of names.slice(5)) game.drop(name);
    expect(game.state.phase).toBe('question'); // everyone still connected has answered, yet the round waits
    expect(game.state.round).toMatchObject({ answered: 5, expected: 10 });
    game.at(3_000).graceOver(); // a check before anyone's grace ran out changes nothing
    expect(game.state.round).toMatchObject({ expected: 10 });
    for (const name of names.slice(5, 9)) game.at(4_000).reconnect(name).answer(name, 'a');
    expect(game.state.round).toMatchObject({ answered: 9, expected: 10 });
    game.at(1_000 + GRACE_MS).graceOver(); // P9 never came back
    expect(game.state.phase).toBe('reveal');
    expect(game.result('P9').answer).toBeNull();
    expect(game.result('P8').answer).toMatchObject({ optionIds: ['a'] });
  });

  /** Ten players; `answered` of them answer at 1 s, then the whole room drops at 2 s (those who answered first). */
  function roomBlip(answered: number) {
    const names = Array.from({ length: 10 }, (_, i) => `P${i}`);
    const game = play();
    for (const name of names) game.join(name);
    game.start().at(1_000);
    for (const name of names.slice(0, answered)) game.answer(name, 'b');
    game.at(2_000);
    for (const name of names) game.drop(name);
    return { game, names, waited: names.slice(answered) };
  }

  it('a whole-room blip of up to 15 s keeps the round open: everyone waited for gets ROOM_BLIP_GRACE_MS', () => {
    const { game, waited } = roomBlip(4);
    // P4 dropped while most of the room was still there (5 s); P5 made it most of the room: P4's grace grew with it.
    expect(game.state.round).toMatchObject({ blip: true, present: 0, peak: 10, answered: 4, expected: 10 });
    expect(Object.values(game.state.round!.graceUntil!)).toEqual(waited.map(() => game.now + ROOM_BLIP_GRACE_MS));
    game.at(2_000 + GRACE_MS).graceOver();
    game.at(2_000 + ROOM_BLIP_GRACE_MS - 1).graceOver();
    expect(game.state.phase).toBe('question'); // the clock runs on; nobody was let go
    for (const name of waited) game.reconnect(name).answer(name, 'a');
    expect(game.lastEvent('roundClosed').round).toMatchObject({ reason: 'allAnswered', answered: 10 });
    expect(game.result('P4').answer).toMatchObject({ optionIds: ['a'], responseMs: 2_000 + ROOM_BLIP_GRACE_MS - 1 });
  });

  it('a whole-room blip: those who never come back are let go after ROOM_BLIP_GRACE_MS, and the deadline still closes it', () => {
    const { game } = roomBlip(4);
    game.at(2_000 + ROOM_BLIP_GRACE_MS).graceOver();
    expect(game.lastEvent('roundClosed').round).toMatchObject({ reason: 'allAnswered', answered: 4 });
    const again = roomBlip(0); // nobody's answer in: only the clock closes it
    again.game.at(2_000 + ROOM_BLIP_GRACE_MS).graceOver();
    expect(again.game.state.phase).toBe('question');
    again.game.at(T).timeUp();
    expect(again.game.lastEvent('roundClosed').round).toMatchObject({ reason: 'time' });
  });

  it('one phone leaving a big room for good holds it GRACE_MS only, and so does a blip of fewer than BLIP_MIN_AWAY phones', () => {
    const names = Array.from({ length: 10 }, (_, i) => `P${i}`);
    const game = play();
    for (const name of names) game.join(name);
    game.start().at(1_000);
    for (const name of names.slice(0, 9)) game.answer(name, 'b');
    game.drop('P9');
    expect(game.state.round).toMatchObject({ present: 9, peak: 10 });
    expect(game.state.round?.blip).toBeUndefined();
    game.at(1_000 + GRACE_MS).graceOver();
    expect(game.state.phase).toBe('reveal');

    const small = threePlayers(); // two of three away: most of the room, but two phones
    small.at(1_000).answer('Ada', 'b').drop('Ada').drop('Bob');
    expect(small.state.round?.blip).toBeUndefined();
    small.at(1_000 + GRACE_MS).graceOver();
    expect(small.state.phase).toBe('question'); // Cy is connected and still to answer
    small.answer('Cy', 'b');
    expect(small.state.phase).toBe('reveal');
  });

  it('a kicked player leaves the room: kicking most of it is not a blip', () => {
    const names = Array.from({ length: 10 }, (_, i) => `P${i}`);
    const game = play();
    for (const name of names) game.join(name);
    game.start().at(1_000);
    for (const name of names.slice(0, 6)) game.kick(name);
    game.answer('P6', 'b').answer('P7', 'b').answer('P8', 'b').drop('P9');
    expect(game.state.round).toMatchObject({ present: 3, peak: 4 });
    game.at(1_000 + GRACE_MS).graceOver();
    expect(game.state.phase).toBe('reveal');
  });

  it('a grace check for another round, or after the round closed, does nothing', () => {
    const game = threePlayers();
    game.at(1_000).drop('Cy');
    game.at(1_000 + GRACE_MS).send({ type: 'graceOver', index: 1 });
    expect(game.state.round).toMatchObject({ expected: 3 });
    game.next();
    game.graceOver(0);
    expect(game.events).toEqual([]);
  });

  it('closes when the last player still to answer is kicked', () => {
    const game = threePlayers();
    game.at(1_000).answer('Ada', 'b').answer('Bob', 'b').kick('Cy');
    expect(game.eventTypes()).toEqual(['playerKicked', 'roundClosed']);
  });

  it('still counts a player who answered and then disconnected', () => {
    const game = threePlayers();
    game.at(0).answer('Ada', 'b').drop('Ada');
    expect(game.state.round).toMatchObject({ answered: 1, expected: 3 });
    game.at(1_000).answer('Bob', 'b');
    expect(game.state.phase).toBe('question');
    game.drop('Cy').after(GRACE_MS).graceOver();
    expect(game.state.phase).toBe('reveal');
    expect(game.result('Ada')).toMatchObject({ score: 1000, streak: 1 });
    expect(game.score('Ada')).toBe(1000);
  });
});

describe('flood control', () => {
  it('kicks everyone who joined in the last minute, and nobody before', () => {
    const game = play().join('Ada').join('Bob');
    game.after(RECENT_JOIN_MS + 1).join('Bot 1').after(30_000).join('Bot 2').join('Bot 3');
    game.after(RECENT_JOIN_MS - 30_000).send({ type: 'kickRecent' });
    expect(game.events.map((e) => e.type === 'playerKicked' && playerOf(game.state, e.playerId)!.nickname)).toEqual(['Bot 3', 'Bot 2', 'Bot 1']);
    expect(activePlayers(game.state).map((p) => p.nickname)).toEqual(['Ada', 'Bob']);
    expect(game.refuseJoin('bot 1')).toBe('nickname_taken'); // a kicked nickname stays taken
  });

  it('mid-round, the round no longer waits for the kicked ones', () => {
    const game = play().join('Ada').after(RECENT_JOIN_MS + 1).start();
    game.at(1_000).join('Bot').answer('Ada', 'b');
    expect(game.state.phase).toBe('question');
    game.send({ type: 'kickRecent' });
    expect(game.eventTypes()).toEqual(['playerKicked', 'roundClosed']);
  });
});

describe('bans', () => {
  it('kicks everyone whose nickname contains the pattern, lookalikes included, and refuses such nicknames from now on', () => {
    const game = play().join('Ada').join('spambot1').join('SPAMBOT 2').join('ѕраmbot3');
    game.send({ type: 'ban', pattern: 'SpamBot' });
    expect(game.events.filter((e) => e.type === 'playerKicked')).toHaveLength(3);
    expect(activePlayers(game.state).map((p) => p.nickname)).toEqual(['Ada']);
    expect(game.refuseJoin('spambot4')).toBe('banned');
    expect(game.refuseJoin('xSpAmBoTx')).toBe('banned');
    game.join('Bob');
  });

  it('says what was banned, as nicknames compare, so the store can keep it; the same ban again says nothing', () => {
    const game = play().join('Ada').join('troll');
    game.send({ type: 'ban', pattern: ' TROLL ' });
    expect(game.events).toMatchObject([{ type: 'nicknameBanned', pattern: 'troll' }, { type: 'playerKicked' }]);
    game.send({ type: 'ban', pattern: 'Troll' });
    expect(game.events).toEqual([]);
    expect(game.state.bans).toEqual(['troll']);
  });

  it('needs at least 2 characters', () => {
    const game = play().join('Ada');
    expect(game.refuse({ type: 'ban', pattern: 'a' })).toBe('invalid_choice');
    expect(game.refuse({ type: 'ban', pattern: ' \u200b ' })).toBe('invalid_choice');
  });
});

describe('answers the server refuses', () => {
  it('refuses an answer after the deadline, and takes one exactly at it', () => {
    const game = threePlayers();
    game.at(T + 1);
    expect(game.refuseAnswer('Ada', ['b'])).toBe('too_late');
    game.at(T).answer('Bob', 'b');
    expect(game.lastEvent('answerAccepted').answer).toMatchObject({ responseMs: T, points: 500 });
  });

  it('counts one answer per player: a double tap or a retry is refused and the first answer stands', () => {
    const game = threePlayers();
    game.at(2_000).answer('Ada', 'b');
    const first = answerOf(game.state.round!, game.id('Ada'));
    game.at(2_050);
    expect(game.refuseAnswer('Ada', ['b'])).toBe('already_answered');
    expect(game.refuseAnswer('Ada', ['a'])).toBe('already_answered');
    expect(game.refuseAnswer('Ada', ['b'])).toBe('already_answered');
    expect(game.state.round).toMatchObject({ answered: 1 });
    game.answer('Bob', 'b').answer('Cy', 'b');
    expect(game.result('Ada').answer).toEqual(first);
    expect(game.score('Ada')).toBe(950);
  });

  it('refuses an answer for a question other than the current one', () => {
    const game = threePlayers();
    expect(game.refuseAnswer('Ada', ['b'], 1)).toBe('wrong_question');
    game.next().next();
    expect(game.refuseAnswer('Ada', ['b'], 0)).toBe('wrong_question');
    expect(game.refuseAnswer('Ada', ['b'], -1)).toBe('wrong_question');
  });

  it('refuses an answer when no round is open', () => {
    const game = play().join('Ada').join('Bob');
    expect(game.refuseAnswer('Ada', ['b'], 0)).toBe('round_closed');
    game.start().next();
    expect(game.state.phase).toBe('reveal');
    expect(game.refuseAnswer('Ada', ['b'], 0)).toBe('round_closed');
    game.end();
    expect(game.refuseAnswer('Ada', ['b'], 0)).toBe('round_closed');
  });

  it('refuses an option that is not shown and the wrong number of picks', () => {
    const game = threePlayers();
    expect(game.refuseAnswer('Ada', ['z'])).toBe('invalid_choice');
    expect(game.refuseAnswer('Ada', [])).toBe('invalid_choice');
    expect(game.refuseAnswer('Ada', ['a', 'b'])).toBe('invalid_choice');
    expect(game.state.round).toMatchObject({ answered: 0 });
    game.answer('Ada', 'b');
  });

  it('refuses a player it does not know', () => {
    const game = threePlayers();
    expect(game.refuse({ type: 'answer', playerId: 'nobody', index: 0, optionIds: ['b'] })).toBe('unknown_player');
  });
});

describe('players kicked or dropping mid-round', () => {
  it('a kicked player\'s answer no longer counts and they leave the ranking', () => {
    const game = threePlayers();
    game.at(0).answer('Cy', 'b').answer('Ada', 'a').at(2_000).answer('Bob', 'b');
    expect(game.ranks()).toEqual({ Cy: 1, Bob: 2, Ada: 3 });
    game.next().at(0).answer('Cy', 'b').at(1_000).answer('Ada', 'b');
    game.kick('Cy');
    expect(game.state.round).toMatchObject({ answered: 1, expected: 2 });
    game.answer('Bob', 'b');
    expect(game.state.phase).toBe('reveal');
    expect(game.state.lastRound!.distribution).toEqual({ a: 0, b: 2, c: 0, d: 0 });
    expect(game.result('Cy').answer).toBeNull();
    expect(game.score('Cy')).toBe(1000);
    // Cy (1000) still outscores Ada (975) but no longer takes a place
    expect(game.player('Bob')).toMatchObject({ score: 950 + 1075, rank: 1 });
    expect(game.player('Ada')).toMatchObject({ score: 975, rank: 2 });
    expect(activePlayers(game.state).map((p) => p.nickname)).toEqual(['Ada', 'Bob']);
  });

  it('kicking a player who is away does not shrink the wait twice', () => {
    const game = threePlayers().drop('Cy').kick('Cy');
    expect(game.state.round).toMatchObject({ answered: 0, expected: 2 });
    game.at(1_000).answer('Ada', 'b');
    expect(game.state.phase).toBe('question');
  });

  it('an answer from a player marked away counts, and the round still waits for the others', () => {
    const game = threePlayers().drop('Cy');
    game.at(1_000).answer('Cy', 'b');
    expect(game.state.round).toMatchObject({ answered: 1, expected: 3 });
    game.answer('Ada', 'b');
    expect(game.state.phase).toBe('question');
    game.answer('Bob', 'b');
    expect(game.result('Cy').answer).toMatchObject({ correct: true });
  });

  it('a kicked player can neither answer nor come back', () => {
    const game = threePlayers().kick('Cy');
    expect(game.refuseAnswer('Cy', ['b'])).toBe('kicked');
    expect(game.refuse({ type: 'presence', playerId: game.id('Cy'), connected: true })).toBe('kicked');
    game.kick('Cy');
    expect(game.events).toEqual([]);
  });

  it('a player who drops mid-round keeps their score and streak, comes back and answers before the deadline', () => {
    const game = threePlayers();
    game.round({ Ada: 'b', Bob: 'b', Cy: 'b' }).next();
    game.at(1_000).drop('Ada');
    expect(game.state.round).toMatchObject({ expected: 3 }); // still waited for, for GRACE_MS
    expect(game.player('Ada')).toMatchObject({ connected: false, score: 975, streak: 1 });
    game.at(2_000).answer('Bob', 'b');
    game.at(1_000 + GRACE_MS).graceOver();
    expect(game.state.round).toMatchObject({ expected: 2 });
    game.at(8_000).reconnect('Ada');
    expect(game.state.round).toMatchObject({ answered: 1, expected: 3 });
    game.answer('Ada', 'b');
    expect(game.lastEvent('answerAccepted').answer).toMatchObject({ responseMs: 8_000, points: 800 + 100 });
    game.answer('Cy', 'b');
    expect(game.state.phase).toBe('reveal');
    expect(game.player('Ada')).toMatchObject({ connected: true, score: 975 + 900, streak: 2 });
  });
});

describe('multi-select questions', () => {
  const pickTwo = [question('m', { correct: ['a', 'c'], select: 2 })];

  it('is correct only when both right options are picked', () => {
    const game = threePlayers(pickTwo);
    game.at(0).answer('Ada', 'c', 'a').answer('Bob', 'a', 'b').answer('Cy', 'a', 'd');
    expect(game.result('Ada').answer).toMatchObject({ correct: true, points: 1000 });
    expect(game.result('Bob').answer).toMatchObject({ correct: false, points: 0 });
    expect(game.result('Cy').answer).toMatchObject({ correct: false, points: 0 });
  });

  it('refuses a pick count other than the stated one, counting a repeated option once', () => {
    const game = threePlayers(pickTwo);
    expect(game.refuseAnswer('Ada', ['a'])).toBe('invalid_choice');
    expect(game.refuseAnswer('Ada', ['a', 'b', 'c'])).toBe('invalid_choice');
    expect(game.refuseAnswer('Ada', ['a', 'a'])).toBe('invalid_choice');
    expect(game.refuseAnswer('Ada', ['a', 'x'])).toBe('invalid_choice');
  });
});

describe('ranks', () => {
  it('share a rank on equal scores, skip the next, and remember the previous rank', () => {
    const game = play(quiz(2)).join('Ada').join('Bob').join('Cy').join('Dee').start();
    game.at(2_000).answer('Ada', 'b').answer('Bob', 'b').answer('Cy', 'a').at(4_000).answer('Dee', 'b');
    expect(game.ranks()).toEqual({ Ada: 1, Bob: 1, Dee: 3, Cy: 4 });
    expect(valuesOf(game.state.players).every((p) => p.previousRank === null)).toBe(true);

    game.next().at(0).answer('Dee', 'b').answer('Ada', 'a').answer('Bob', 'a').at(T).answer('Cy', 'b');
    expect(game.ranks()).toEqual({ Dee: 1, Ada: 2, Bob: 2, Cy: 4 });
    expect(game.player('Dee')).toMatchObject({ rank: 1, previousRank: 3 });
    expect(game.result('Cy')).toMatchObject({ rank: 4, previousRank: 4 });
    expect(game.result('Ada')).toMatchObject({ rank: 2, previousRank: 1 });
  });

  it('lists equal scores in join order on the leaderboard', () => {
    const game = play(quiz(1)).join('Zed').join('Amy').join('Max').start();
    game.at(1_000).answer('Max', 'b').answer('Amy', 'b').answer('Zed', 'b');
    const leaderboard = [...rankByScore(activePlayers(game.state)).keys()].map((id) => playerOf(game.state, id)!.nickname);
    expect(leaderboard).toEqual(['Zed', 'Amy', 'Max']);
  });
});

describe('joining', () => {
  it('trims a nickname and squeezes its spaces', () => {
    const game = play().send({ type: 'join', playerId: 'p1', nickname: '  Ada   Lovelace \t' });
    expect(playerOf(game.state, 'p1')!.nickname).toBe('Ada Lovelace');
  });

  it('takes 1 to 20 characters after trimming', () => {
    const game = play();
    expect(game.refuseJoin('')).toBe('invalid_choice');
    expect(game.refuseJoin('    ')).toBe('invalid_choice');
    expect(game.refuseJoin('x'.repeat(21))).toBe('invalid_choice');
    game.join('x').join(`  ${'y'.repeat(20)}  `);
    expect(game.state.joinOrder).toHaveLength(2);
  });

  it('refuses a nickname already in the room, whatever its case', () => {
    const game = play().join('Ada');
    expect(game.refuseJoin('ADA')).toBe('nickname_taken');
    expect(game.refuseJoin('  ada ')).toBe('nickname_taken');
    game.join('Adam');
  });

  it('takes nicknames that are names of object properties ("constructor", "__proto__") like any other, once each', () => {
    const game = play().join('constructor').join('__proto__').join('toString');
    expect(game.state.joinOrder).toHaveLength(3);
    expect(game.refuseJoin('Constructor')).toBe('nickname_taken');
    expect(game.refuseJoin('__PROTO__')).toBe('nickname_taken');
  });

  it('refuses a nickname that only looks different: another Unicode form or hidden characters', () => {
    const game = play().join('Zo\u00eb').join('Ada');
    expect(game.refuseJoin('Zoe\u0308')).toBe('nickname_taken'); // e + combining diaeresis
    expect(game.refuseJoin('Ada\u200b')).toBe('nickname_taken'); // zero-width space
    expect(game.refuseJoin('\u200b')).toBe('invalid_choice');
    expect(game.refuseJoin('\u200d\u200c')).toBe('invalid_choice');
    expect(game.refuseJoin('\uff21\uff44\uff41')).toBe('nickname_taken'); // fullwidth Ａｄａ
  });

  it('refuses a copy of a nickname made with Cyrillic or Greek lookalike letters, but not one with digits', () => {
    const game = play().join('Alice').join('Bob');
    expect(game.refuseJoin('\u0410lice')).toBe('nickname_taken'); // Cyrillic А
    expect(game.refuseJoin('Ali\u0441e')).toBe('nickname_taken'); // Cyrillic с
    expect(game.refuseJoin('B\u03bfb')).toBe('nickname_taken'); // Greek ο
    expect(game.refuseJoin('\u0392\u041e\u0412')).toBe('nickname_taken'); // Greek Β, Cyrillic О, Cyrillic В
    game.join('A1ice');
  });

  it('refuses a copy of a nickname with an invisible suffix', () => {
    const game = play().join('Alice');
    for (const hidden of ['\u2062', '\ufe0f', '\u034f', '\u180e', '\u{e0041}', '\u{e007f}']) {
      expect(game.refuseJoin(`Alice${hidden}`)).toBe('nickname_taken');
    }
  });

  it('refuses a nickname of invisible characters only, or one that reverses the text around it', () => {
    const game = play();
    expect(game.refuseJoin('\u3164\u3164')).toBe('invalid_choice'); // Hangul filler
    expect(game.refuseJoin('\u2800')).toBe('invalid_choice'); // blank braille pattern
    expect(game.refuseJoin('evil\u202eecila')).toBe('invalid_choice');
    expect(game.refuseJoin('a\u2066b')).toBe('invalid_choice');
    game.join('Zoë ❤️');
    expect(playerOf(game.state, game.state.joinOrder[0]!)!.nickname).toBe('Zoë ❤️');
  });

  it('refuses newcomers while the room is locked', () => {
    const game = play().join('Ada').lock();
    expect(game.refuseJoin('Bob')).toBe('room_locked');
    game.lock(false).join('Bob');
  });

  it('refuses newcomers once the game is over', () => {
    const game = play(quiz(1)).join('Ada').start().next().next();
    expect(game.state.phase).toBe('ended');
    expect(game.refuseJoin('Bob')).toBe('game_over');
  });

  it('lets a player join mid-round, waits for their answer and ranks them', () => {
    const game = play().join('Ada').start();
    game.at(1_000).join('Bob');
    expect(game.state.round).toMatchObject({ answered: 0, expected: 2 });
    game.answer('Ada', 'b');
    expect(game.state.phase).toBe('question');
    game.at(3_000).answer('Bob', 'b');
    expect(game.ranks()).toEqual({ Ada: 1, Bob: 2 });
  });

  it('lets a player join between rounds, unranked until the next round closes', () => {
    const game = play().join('Ada').start().round({ Ada: 'b' }).join('Bob');
    expect(game.player('Bob')).toMatchObject({ score: 0, rank: null });
    game.next().round({ Ada: 'a', Bob: 'b' });
    expect(game.ranks()).toEqual({ Ada: 1, Bob: 2 });
    expect(game.player('Bob').previousRank).toBeNull();
  });
});

describe('the host', () => {
  it('cannot start without a player', () => {
    expect(play().refuse({ type: 'start' })).toBe('no_players');
    expect(play().join('Ada').kick('Ada').refuse({ type: 'start' })).toBe('no_players');
  });

  it('starts once, opening the first round', () => {
    const game = threePlayers();
    expect(game.state).toMatchObject({ phase: 'question', index: 0 });
    expect(game.refuse({ type: 'start' })).toBe('wrong_phase');
  });

  it('closes a question early with "next", then opens the next question', () => {
    const game = threePlayers();
    game.at(3_000).answer('Ada', 'b').next();
    expect(game.eventTypes()).toEqual(['roundClosed']);
    expect(game.score('Ada')).toBe(925);
    game.next();
    expect(game.state).toMatchObject({ phase: 'question', index: 1 });
  });

  it('ends the game with "next" after the last reveal', () => {
    const game = play(quiz(2)).join('Ada').start().round({ Ada: 'b' }).next().round({ Ada: 'b' }).next();
    expect(game.state).toMatchObject({ phase: 'ended', endedEarly: false, round: null });
    expect(game.events).toEqual([{ type: 'gameEnded', endedEarly: false }]);
    expect(play().join('Ada').refuse({ type: 'next' })).toBe('wrong_phase');
    expect(game.refuse({ type: 'next' })).toBe('wrong_phase');
  });

  it('ends the game mid-question, scoring the answers so far', () => {
    const game = threePlayers();
    game.at(T / 2).answer('Ada', 'b').end();
    expect(game.eventTypes()).toEqual(['roundClosed', 'gameEnded']);
    expect(game.state).toMatchObject({ phase: 'ended', endedEarly: true });
    expect(game.score('Ada')).toBe(750);
    expect(game.result('Bob').answer).toBeNull();
    game.end();
    expect(game.events).toEqual([]);
  });

  it('ending after the last reveal is not ending early', () => {
    const game = play(quiz(1)).join('Ada').start().round({ Ada: 'b' }).end();
    expect(game.state.endedEarly).toBe(false);
  });

  it('ignores a time-up for a round that already closed', () => {
    const game = threePlayers().round({ Ada: 'b', Bob: 'b', Cy: 'b' });
    const revealed = game.state;
    game.timeUp(0);
    expect(game.events).toEqual([]);
    expect(game.state).toBe(revealed);
    game.next().timeUp(0);
    expect(game.state).toMatchObject({ phase: 'question', index: 1 });
    game.at(T).timeUp(1);
    expect(game.state.phase).toBe('reveal');
  });
});

describe('the reveal', () => {
  it('counts answers per option id, including options nobody picked', () => {
    const game = play().join('Ada').join('Bob').join('Cy').join('Dee').start();
    game.round({ Ada: 'a', Bob: 'b', Cy: 'b' });
    expect(game.state.lastRound!.distribution).toEqual({ a: 1, b: 2, c: 0, d: 0 });
  });

  it('counts every pick of a multi-select answer', () => {
    const game = threePlayers([question('m', { correct: ['a', 'c'] })]);
    game.round({ Ada: ['a', 'c'], Bob: ['a', 'b'], Cy: ['c', 'd'] });
    expect(game.state.lastRound!.distribution).toEqual({ a: 2, b: 1, c: 2, d: 1 });
  });
});

describe('events', () => {
  it('tell the room what happened, round by round', () => {
    const game = play([question('q1'), question('q2', { timeLimitMs: 30_000 })]);
    game.join('Ada').join('Bob');
    expect(game.lastEvent('playerJoined').player).toMatchObject({ nickname: 'Bob', score: 0, connected: true });

    game.after(500).start();
    expect(game.events).toEqual([{ type: 'roundOpened', index: 0, openedAt: game.now, optionsAt: game.now, deadline: game.now + T }]);

    game.at(1_500).answer('Ada', 'b');
    expect(game.events).toEqual([
      {
        type: 'answerAccepted',
        playerId: game.id('Ada'),
        index: 0,
        answer: { optionIds: ['b'], text: null, responseMs: 1_500, correct: true, confidence: null, points: 963, bonus: 0 },
        answered: 1,
        expected: 2,
      },
    ]);

    game.at(2_000).answer('Bob', 'c');
    expect(game.lastEvent('answerAccepted')).toMatchObject({ answered: 2, expected: 2 });
    const closed = game.lastEvent('roundClosed').round;
    expect(closed).toEqual(game.state.lastRound);
    expect(closed.results[game.id('Ada')]).toEqual({
      playerId: game.id('Ada'),
      answer: expect.objectContaining({ points: 963 }),
      streak: 1,
      score: 963,
      rank: 1,
      previousRank: null,
    });

    game.after(5_000).next();
    expect(game.events).toEqual([{ type: 'roundOpened', index: 1, openedAt: game.now, optionsAt: game.now, deadline: game.now + 30_000 }]);
    game.round({ Bob: 'b' }).next();
    expect(game.log.at(-1)).toEqual({ type: 'gameEnded', endedEarly: false });
  });

  it('announce presence, kicks and locks', () => {
    const game = play().join('Ada').join('Bob');
    game.drop('Ada');
    expect(game.events).toEqual([{ type: 'presenceChanged', playerId: game.id('Ada'), connected: false }]);
    game.drop('Ada');
    expect(game.events).toEqual([]);
    game.kick('Bob');
    expect(game.events).toEqual([{ type: 'playerKicked', playerId: game.id('Bob'), droppedAnswerIn: null }]);
    game.lock();
    expect(game.events).toEqual([{ type: 'lockChanged', locked: true }]);
  });
});

describe('ending early', () => {
  it('is early when a planned question was never asked, as the report counts it', () => {
    expect(play(quiz(2)).join('Ada').end().state.endedEarly).toBe(true); // in the lobby
    expect(play(quiz(2)).join('Ada').start().end().state.endedEarly).toBe(true); // during question 1 of 2
    const last = play(quiz(2)).join('Ada').join('Bob').start().at(1_000).answer('Ada', 'b').at(2_000).answer('Bob', 'b').next();
    expect(last.end().state).toMatchObject({ phase: 'ended', endedEarly: false }); // during the last question
  });
});

describe('events that carry what the store needs', () => {
  it('a join says its position; a kick after an answer says which round lost that answer', () => {
    const game = play(quiz(2)).join('Ada').join('Bob').join('Cy');
    expect(game.events).toEqual([expect.objectContaining({ type: 'playerJoined', position: 2 })]);
    game.start().at(1_000).answer('Bob', 'b').kick('Bob');
    expect(game.events).toEqual([{ type: 'playerKicked', playerId: game.id('Bob'), droppedAnswerIn: 0 }]);
  });
});

describe('a batch of commands', () => {
  it('plays like the same commands one by one, and leaves the state before the batch untouched', () => {
    const one = play(quiz(2)).join('Ada').join('Bob').join('Cy').start();
    const before = one.state; // deep-frozen by the driver: writing to it would throw
    const [ada, bob, cy] = ['Ada', 'Bob', 'Cy'].map((name) => one.id(name));
    const commands: Command[] = [
      { type: 'answer', playerId: ada!, index: 0, optionIds: ['b'] },
      { type: 'join', playerId: 'late', nickname: 'Dee' },
      { type: 'answer', playerId: bob!, index: 0, optionIds: ['a'] },
      { type: 'answer', playerId: ada!, index: 0, optionIds: ['b'] },
      { type: 'kick', playerId: 'late' },
      { type: 'answer', playerId: cy!, index: 0, optionIds: ['b'] },
    ];

    const { state: batched, verdicts } = reduceBatch(before, commands.map((command) => ({ command, now: one.now + 500 })));
    const outcomes = verdicts.map((verdict) => (verdict.ok ? 'ok' : verdict.error.code));
    let single = before;
    for (const command of commands) {
      const outcome = reduce(single, command, one.now + 500);
      if (outcome.ok) single = outcome.state;
    }

    expect(outcomes).toEqual(['ok', 'ok', 'ok', 'already_answered', 'ok', 'ok']);
    expect(batched).toEqual(single);
    expect(batched.phase).toBe('reveal'); // everyone connected answered
    expect(valuesOf(before.round!.answers)).toEqual([]);
    expect(before.joinOrder).toHaveLength(3);
    expect(valuesOf(before.players)).toHaveLength(3);
  });

  it('never changes a state it handed out: the first command\'s state, kept, is the same after the rest of the batch', () => {
    const one = play(quiz(2)).join('Ada').join('Bob').join('Cy').start();
    const [ada, bob] = ['Ada', 'Bob'].map((name) => one.id(name));
    const at = (command: Command) => ({ command, now: one.now + 500 });
    const first = reduceBatch(one.state, [at({ type: 'answer', playerId: ada!, index: 0, optionIds: ['b'] })]);
    const kept = structuredClone(first.state);

    const rest = reduceBatch(first.state, [
      at({ type: 'join', playerId: 'late', nickname: 'Dee' }),
      at({ type: 'answer', playerId: bob!, index: 0, optionIds: ['a'] }),
      at({ type: 'kick', playerId: ada! }),
    ]);

    expect(first.state).toEqual(kept);
    expect(valuesOf(first.state.round!.answers)).toHaveLength(1);
    expect(rest.state.joinOrder).toHaveLength(4);
    // What each command of a batch did carries no state of its own to keep.
    expect([...first.verdicts, ...rest.verdicts].filter((verdict) => 'state' in verdict)).toEqual([]);
  });

  it('skips a command whose sender saw the game elsewhere, and runs the rest', () => {
    const one = play(quiz(2)).join('Ada').join('Bob').start();
    const { state, verdicts } = reduceBatch(one.state, [
      { command: { type: 'next' }, now: one.now, when: (s) => s.phase === 'reveal' },
      { command: { type: 'lock', locked: true }, now: one.now },
    ]);
    expect(verdicts).toEqual([{ ok: true, events: [] }, { ok: true, events: [{ type: 'lockChanged', locked: true }] }]);
    expect(state).toMatchObject({ phase: 'question', locked: true });
  });
});
