// Reports computed from stored rows after scripted games, checked against numbers worked out by hand.
// Scoring for a 20 s question: round(1000 x (1 - t / 40 s)) plus 100 per streak step after the first.
import { describe, expect, test } from 'vitest';
import { hashToken } from '../server/realtime/tokens';
import { hardestFirst } from '../server/results/report';
import { hostedGames } from '../server/store/hosted-games';
import { gameReport } from '../server/store/results';
import { useTestDb } from './support/db';
import { startRealtimeServer } from './support/realtime-server';
import { scriptedGame } from './support/scripted-game';

const db = useTestDb();

describe('a whole game: four join, one is removed, two tie for first', () => {
  test('accuracy, distribution, averages and ranks match the hand-computed values and the podium', async () => {
    const server = await startRealtimeServer(db);
    const game = await scriptedGame(server, db, { count: 3 });
    // Join order Ada, Zed, Bo, Dee: the tie between Zed and Bo must show Zed first, though "Bo" sorts first.
    const [ada, zed, bo, dee] = [await game.join('Ada'), await game.join('Zed'), await game.join('Bo'), await game.join('Dee')];
    const q = [game.options(0), game.options(1), game.options(2)];
    await game.start();

    // Round 1: Ada right at 5 s (875), Zed wrong at 8 s, Bo right at 10 s (750), Dee right at 2 s (950), then Dee is removed.
    await game.answer(ada, 0, q[0]!.right, 5_000);
    await game.answer(zed, 0, q[0]!.wrong, 8_000);
    await game.answer(bo, 0, q[0]!.right, 10_000);
    await game.answer(dee, 0, q[0]!.right, 2_000); // everyone answered: the round closes
    await game.kick(dee);
    await game.next('reveal', 0);

    // Round 2: Ada wrong at 4 s, Zed right at 6 s (850), Bo never answers; the host closes the round.
    await game.answer(ada, 1, q[1]!.wrong, 4_000);
    await game.answer(zed, 1, q[1]!.right, 6_000);
    await game.next('question', 1);
    await game.next('reveal', 1);

    // Round 3: Bo right at 2 s (950), Zed right at 10 s (750 + 100 streak), Ada right at 16 s (600).
    await game.answer(bo, 2, q[2]!.right, 2_000);
    await game.answer(zed, 2, q[2]!.right, 10_000);
    await game.answer(ada, 2, q[2]!.right, 16_000);
    const podium = game.podium();
    await game.next('reveal', 2);
    const ended = await podium;

    // Nothing of the live room is needed: drop it as a restart would.
    for (const room of server.rooms.all()) server.rooms.remove(room);
    const report = (await gameReport(db, game.gameId))!;

    expect(report).toMatchObject({ inProgress: false, endedEarly: false, questionsPlanned: 3, removedPlayers: 1 });
    expect(report.standings.map((p) => [p.nickname, p.rank, p.score, p.correctCount, p.answered])).toEqual([
      ['Zed', 1, 1700, 2, 3],
      ['Bo', 1, 1700, 2, 2],
      ['Ada', 3, 1475, 2, 3],
    ]);
    expect(report.standings.map((p) => p.averageResponseMs)).toEqual([8_000, 6_000, (5_000 + 4_000 + 16_000) / 3]);
    expect(report.winners.map((p) => p.nickname)).toEqual(['Zed', 'Bo']);
    expect(report.averageAccuracy).toBeCloseTo(6 / 9);

    // Same order, ranks and scores as the podium the host saw; and as the stored player totals.
    if (ended.screen !== 'ended') throw new Error('expected the podium');
    expect(ended.podium.map((s) => [s.nickname, s.rank, s.score])).toEqual(report.standings.map((p) => [p.nickname, p.rank, p.score]));
    for (const p of report.standings) expect((await db.player.findUniqueOrThrow({ where: { id: p.id } })).score).toBe(p.score);

    const [first, second, third] = report.questions;
    expect(first).toMatchObject({ number: 1, answered: 3, correctCount: 2, averageResponseMs: (5_000 + 8_000 + 10_000) / 3 });
    expect(first!.accuracy).toBeCloseTo(2 / 3);
    expect(second).toMatchObject({ number: 2, answered: 2, correctCount: 1, accuracy: 1 / 3, averageResponseMs: 5_000 });
    expect(third).toMatchObject({ number: 3, answered: 3, correctCount: 3, accuracy: 1, averageResponseMs: (2_000 + 10_000 + 16_000) / 3 });
    // Distribution in display order; the removed player's pick is not counted.
    const picks = (n: 0 | 1 | 2) => Object.fromEntries(report.questions[n]!.options.filter((o) => o.picks > 0).map((o) => [o.id, o.picks]));
    expect(picks(0)).toEqual({ [q[0]!.bank.right[0]!]: 2, [q[0]!.bank.wrong[0]!]: 1 });
    expect(picks(1)).toEqual({ [q[1]!.bank.right[0]!]: 1, [q[1]!.bank.wrong[0]!]: 1 });
    expect(picks(2)).toEqual({ [q[2]!.bank.right[0]!]: 3 });
    const round = await db.round.findFirstOrThrow({ where: { gameId: game.gameId, index: 0 } });
    expect(report.questions[0]!.options.map((o) => o.id)).toEqual(round.optionOrder);

    expect(hardestFirst(report.questions).map((x) => x.number)).toEqual([2, 1, 3]);

    // Bo's drill-down: the missed question has nothing picked, no time and no points.
    const boAnswers = report.standings[1]!.answers;
    expect(boAnswers.map((a) => [a.correct, a.responseMs, a.points])).toEqual([[true, 10_000, 750], [false, null, 0], [true, 2_000, 950]]);
    expect(boAnswers[1]!.picked).toEqual([]);
  });
});

describe('a tie between players who joined in the same millisecond', () => {
  test('the report and the hosted list follow joinOrder, as the podium does, not joinedAt', async () => {
    const server = await startRealtimeServer(db);
    const device = `tie-device-${Date.now().toString(36)}`;
    const game = await scriptedGame(server, db, { count: 1, deviceId: device });
    const [ada, bo] = [await game.join('Ada'), await game.join('Bo')];
    const q = game.options(0);
    await game.start();
    await game.answer(ada, 0, q.right, 5_000);
    await game.answer(bo, 0, q.right, 5_000); // the same 875 points: a tie, Ada joined first
    const podium = game.podium();
    await game.next('reveal', 0);
    const ended = await podium;
    if (ended.screen !== 'ended') throw new Error('expected the podium');
    expect(ended.podium.map((s) => [s.nickname, s.rank, s.score])).toEqual([['Ada', 1, 875], ['Bo', 1, 875]]);

    // The clock cannot tell such joins apart: here it even says Bo came first. joinOrder still says Ada.
    const stored = await db.player.findMany({ where: { gameId: game.gameId }, orderBy: { joinOrder: 'asc' } });
    expect(stored.map((p) => [p.nickname, p.joinOrder])).toEqual([['Ada', 0], ['Bo', 1]]);
    await db.player.update({ where: { id: bo.me.playerId }, data: { joinedAt: new Date(stored[0]!.joinedAt.getTime() - 1_000) } });

    const report = (await gameReport(db, game.gameId))!;
    expect(report.standings.map((p) => [p.nickname, p.rank, p.score])).toEqual(ended.podium.map((s) => [s.nickname, s.rank, s.score]));
    expect(report.winners.map((p) => p.nickname)).toEqual(['Ada', 'Bo']);
    const [listed] = await hostedGames(db, hashToken(device));
    expect(listed).toMatchObject({ id: game.gameId, winners: ['Ada', 'Bo'] });
  });
});

describe('ended early, as the podium says it', () => {
  test('a game ended in the lobby ended early', async () => {
    const server = await startRealtimeServer(db);
    const game = await scriptedGame(server, db, { count: 2 });
    await game.join('Lou');
    const podium = game.podium();
    await game.end();
    const ended = await podium;
    const report = (await gameReport(db, game.gameId))!;
    expect(report).toMatchObject({ inProgress: false, endedEarly: true, questionsPlanned: 2, questions: [] });
    expect(ended).toMatchObject({ screen: 'ended', endedEarly: true });
  });

  test('a game ended during its last question did not: every planned question was opened and scored', async () => {
    const server = await startRealtimeServer(db);
    const game = await scriptedGame(server, db, { count: 2 });
    const [mo, ned] = [await game.join('Mo'), await game.join('Ned')];
    const q = [game.options(0), game.options(1)];
    await game.start();
    await game.answer(mo, 0, q[0]!.right, 4_000); // 900
    await game.answer(ned, 0, q[0]!.wrong, 4_000);
    await game.next('reveal', 0);
    await game.answer(ned, 1, q[1]!.right, 8_000); // 800; Mo has not answered when the host ends the game
    const podium = game.podium();
    await game.end();
    const ended = await podium;
    const report = (await gameReport(db, game.gameId))!;
    expect(report).toMatchObject({ inProgress: false, endedEarly: false, questionsPlanned: 2 });
    expect(report.questions.map((x) => [x.number, x.answered])).toEqual([[1, 2], [2, 1]]);
    expect(report.standings.map((p) => [p.nickname, p.score])).toEqual([['Mo', 900], ['Ned', 800]]);
    expect(ended).toMatchObject({ screen: 'ended', endedEarly: false });
  });
});

describe('a game the host ended early', () => {
  test('reports the rounds played, including the one the host cut short', async () => {
    const server = await startRealtimeServer(db);
    const game = await scriptedGame(server, db, { count: 4 });
    const [ann, ben] = [await game.join('Ann'), await game.join('Ben')];
    const q = [game.options(0), game.options(1)];
    await game.start();
    await game.answer(ann, 0, q[0]!.right, 4_000); // 900
    await game.answer(ben, 0, q[0]!.wrong, 6_000);
    await game.next('reveal', 0);
    await game.answer(ben, 1, q[1]!.right, 8_000); // 800; Ann has not answered when the host ends the game
    await game.end();

    const report = (await gameReport(db, game.gameId))!;
    expect(report).toMatchObject({ inProgress: false, endedEarly: true, questionsPlanned: 4 });
    expect(report.questions.map((x) => [x.number, x.correctCount, x.answered])).toEqual([[1, 1, 2], [2, 1, 1]]);
    expect(report.standings.map((p) => [p.nickname, p.rank, p.score, p.correctCount])).toEqual([['Ann', 1, 900, 1], ['Ben', 2, 800, 1]]);
    expect(report.averageAccuracy).toBe(2 / 4);
    expect(report.standings.every((p) => p.answers.length === 2)).toBe(true);
  });
});

describe('a game still running', () => {
  test('shows the closed rounds so far and nothing of the open one', async () => {
    const server = await startRealtimeServer(db);
    const game = await scriptedGame(server, db, { count: 3 });
    const [cat, dan] = [await game.join('Cat'), await game.join('Dan')];
    const q = [game.options(0), game.options(1)];
    await game.start();
    await game.answer(cat, 0, q[0]!.right, 2_000); // 950
    await game.answer(dan, 0, q[0]!.right, 12_000); // 700
    await game.next('reveal', 0);
    await game.answer(dan, 1, q[1]!.right, 1_000); // stored, but its round is still open

    const report = (await gameReport(db, game.gameId))!;
    expect(report).toMatchObject({ inProgress: true, endedEarly: false, endedAt: null, questionsPlanned: 3 });
    expect(report.questions).toHaveLength(1);
    expect(report.standings.map((p) => [p.nickname, p.score, p.answers.length])).toEqual([['Cat', 950, 1], ['Dan', 700, 1]]);
    expect(report.averageAccuracy).toBe(1);
  });

  test('an unknown game has no report', async () => {
    expect(await gameReport(db, 'no-such-game-id-000000')).toBeNull();
  });
});
