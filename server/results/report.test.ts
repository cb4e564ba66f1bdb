import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { answersCsv } from './exports';
import { buildReport, hardestFirst, type AnswerRow, type GameRows, type PlayerRow, type QuestionRow, type RoundRow } from './report';

const at = new Date('2025-11-25T10:00:00Z');

function round(index: number, closed: boolean): RoundRow {
  return {
    id: `r${index}`, index, optionOrder: ['b', 'a'], openedAt: at, closedAt: closed ? at : null, timeLimitMs: 20_000,
    question: {
      type: 'choice', section: 'S', caseStudy: null, stem: `Q${index}`, select: 1, explanation: '', whyNot: [], links: [],
      options: [{ id: 'a', text: 'A', correct: true, match: null }, { id: 'b', text: 'B', correct: false, match: null }],
    },
  };
}

const answer = (roundId: string, playerId: string, right: boolean, responseMs: number, points: number): AnswerRow => ({
  roundId, playerId, attempt: 1, optionIds: [right ? 'a' : 'b'], text: null, correct: right, confidence: null, responseMs, points,
});

const player = (id: string, joinOrder: number, kicked = false): PlayerRow => ({ id, nickname: id.toUpperCase(), kicked, joinOrder });

function rows(over: Partial<GameRows>): GameRows {
  return {
    game: { id: 'g', code: '123456', status: 'ended', bankTitle: 'Bank', createdAt: at, startedAt: at, endedAt: at },
    rounds: [], players: [], answers: [], ...over,
  };
}

describe('buildReport', () => {
  test('competition ranking 1, 2, 2, 4 with equal scores in join order', () => {
    const players = ['p1', 'p2', 'p3', 'p4'].map((id, i) => player(id, i));
    const report = buildReport(rows({
      rounds: [round(0, true)],
      players,
      answers: [answer('r0', 'p4', true, 1, 900), answer('r0', 'p3', true, 2, 500), answer('r0', 'p2', true, 3, 500), answer('r0', 'p1', false, 4, 0)],
    }));
    expect(report.standings.map((p) => [p.nickname, p.rank])).toEqual([['P4', 1], ['P2', 2], ['P3', 2], ['P1', 4]]);
  });

  test('equal scores follow joinOrder, whatever order the rows come in', () => {
    // Read back in another order (say, by a joinedAt two joins shared): the podium's order still wins.
    const report = buildReport(rows({
      rounds: [round(0, true)],
      players: [player('zed', 2), player('bo', 1), player('ada', 0), player('cy', 3, true)],
      answers: [answer('r0', 'ada', true, 3, 500), answer('r0', 'bo', true, 1, 500), answer('r0', 'zed', true, 2, 500), answer('r0', 'cy', true, 0, 999)],
    }));
    expect(report.standings.map((p) => [p.nickname, p.rank])).toEqual([['ADA', 1], ['BO', 1], ['ZED', 1]]);
    expect(report.winners.map((p) => p.nickname)).toEqual(['ADA', 'BO', 'ZED']);
  });

  test('options in the order players saw them; a wrong answer counts its stored points (below 0 under certainty scoring)', () => {
    const report = buildReport(rows({
      rounds: [round(0, true)],
      players: [player('p', 0)],
      answers: [answer('r0', 'p', false, 1000, -600)],
    }));
    expect(report.questions[0]!.options.map((o) => [o.text, o.picks])).toEqual([['B', 1], ['A', 0]]);
    expect(report.standings[0]).toMatchObject({ score: -600, rank: 1 });
    expect(report.winners).toEqual([]);
  });

  test('lists who was sure and wrong per question, in join order', () => {
    const sure = (playerId: string, right: boolean): AnswerRow => ({ ...answer('r0', playerId, right, 1000, right ? 300 : -600), confidence: 'sure' });
    const report = buildReport(rows({
      rounds: [round(0, true)],
      players: [player('bo', 1), player('ada', 0), player('cy', 2), player('dee', 3)],
      answers: [sure('bo', false), sure('ada', false), sure('cy', true), { ...answer('r0', 'dee', false, 1000, -200), confidence: 'unsure' }],
    }));
    expect(report.questions[0]!.confidentErrors).toEqual(['ADA', 'BO']);
    expect(report.standings.find((p) => p.nickname === 'DEE')!.answers[0]).toMatchObject({ confidence: 'unsure', points: -200 });
  });

  describe('confidence per player', () => {
    const said = (roundId: string, playerId: string, right: boolean, confidence: AnswerRow['confidence']): AnswerRow => ({ ...answer(roundId, playerId, right, 1000, right ? 500 : 0), confidence });
    const report = buildReport(rows({
      rounds: [round(0, true), round(1, true), round(2, true), round(3, false)],
      players: [player('ada', 0), player('bo', 1), player('cy', 2)],
      answers: [
        said('r0', 'ada', false, 'sure'), said('r1', 'ada', false, 'sure'), said('r2', 'ada', true, 'guessing'),
        said('r0', 'bo', true, 'guessing'), said('r1', 'bo', false, 'guessing'), said('r2', 'bo', true, 'sure'),
        // Cy missed every round; the open round's answer is not counted.
        said('r3', 'ada', false, 'sure'),
      ],
    }));
    const of = (nickname: string) => report.standings.find((p) => p.nickname === nickname)!;

    test('counts the confident errors (sure and wrong) and the lucky guesses (guessing and right) of each player', () => {
      expect(report.asksConfidence).toBe(true);
      expect([of('ADA'), of('BO'), of('CY')].map((p) => [p.nickname, p.confidentErrors, p.luckyGuesses])).toEqual([['ADA', 2, 1], ['BO', 0, 1], ['CY', 0, 0]]);
    });

    test('the answers CSV says how sure each answer was, after whether it was right; empty for a missed one (rows in standings order)', () => {
      const lines = answersCsv(report).slice(1).split('\r\n');
      expect(lines[0]).toBe('Game id,Question number,Section,Question,Player,Picked,Correct,Confidence,Response time (ms),Points');
      expect(lines.slice(1, 4)).toEqual(['g,1,S,Q0,BO,A,yes,guessing,1000,500', 'g,1,S,Q0,ADA,B,no,sure,1000,0', 'g,1,S,Q0,CY,,no,,,0']);
    });

    test('a game that did not ask: no confidence anywhere, and an empty column', () => {
      const plain = buildReport(rows({ rounds: [round(0, true)], players: [player('ada', 0)], answers: [answer('r0', 'ada', true, 1000, 900)] }));
      expect(plain.asksConfidence).toBe(false);
      expect(plain.standings[0]).toMatchObject({ confidentErrors: 0, luckyGuesses: 0 });
      expect(answersCsv(plain).split('\r\n')[1]).toBe('g,1,S,Q0,ADA,A,yes,,1000,900');
    });
  });

  test('a game still in the lobby: nothing played, no accuracy, no winner', () => {
    const report = buildReport(rows({ game: { ...rows({}).game, status: 'lobby', startedAt: null, endedAt: null }, rounds: [round(0, false)] }));
    expect(report).toMatchObject({ inProgress: true, endedEarly: false, questions: [], averageAccuracy: null, winners: [], questionsPlanned: 1 });
  });

  test('ended in the lobby: nothing was played, so it ended early', () => {
    const report = buildReport(rows({ game: { ...rows({}).game, startedAt: null }, rounds: [round(0, false), round(1, false)], players: [player('p', 0)] }));
    expect(report).toMatchObject({ inProgress: false, endedEarly: true, questions: [], questionsPlanned: 2, winners: [] });
  });

  test('ended with every planned round scored (say, during the last question) is not early, as on the podium', () => {
    const report = buildReport(rows({ rounds: [round(0, true), round(1, true)], players: [player('p', 0)], answers: [answer('r1', 'p', true, 500, 990)] }));
    expect(report).toMatchObject({ inProgress: false, endedEarly: false, questionsPlanned: 2 });
    expect(report.questions).toHaveLength(2);
  });

  test('a round left open (the process stopped mid-question) does not count, and the game ended early', () => {
    const report = buildReport(rows({
      rounds: [round(0, true), round(1, false)],
      players: [player('p', 0)],
      answers: [answer('r0', 'p', true, 500, 990), answer('r1', 'p', true, 500, 990)],
    }));
    expect(report).toMatchObject({ endedEarly: true, averageAccuracy: 1 });
    expect(report.questions).toHaveLength(1);
    expect(report.standings[0]).toMatchObject({ score: 990, answered: 1 });
  });
});

test('hardest first: lowest accuracy, then slower answers, then game order', () => {
  const q = (number: number, accuracy: number | null, averageResponseMs: number | null) => ({ number, accuracy, averageResponseMs });
  const sorted = hardestFirst([q(1, 1, 100), q(2, 0.5, 100), q(3, 0.5, 900), q(4, null, null), q(5, 0.5, 900)]);
  expect(sorted.map((x) => x.number)).toEqual([4, 3, 5, 2, 1]);
});

test('the results modules are pure: they take rows as input and import nothing of the store', async () => {
  const dir = new URL('.', import.meta.url);
  const sources = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  expect(sources).toContain('report.ts');
  for (const file of sources) {
    const text = await readFile(new URL(file, dir), 'utf8');
    expect(text.match(/from\s+['"][^'"]*\/store\/[^'"]*['"]/g) ?? [], file).toEqual([]);
  }
});

describe('every question type in the report and its CSV', () => {
  /** A closed round of `type` with options x, y, z in the bank's order, shown z, x, y. */
  const typedRound = (index: number, type: QuestionRow['type'], options: QuestionRow['options']): RoundRow => ({
    ...round(index, true),
    optionOrder: ['z', 'x', 'y'],
    question: { ...round(index, true).question, type, options },
  });
  const given = (roundId: string, playerId: string, optionIds: string[], right: boolean, text: string | null = null): AnswerRow => ({
    roundId, playerId, attempt: 1, optionIds, text, correct: right, confidence: null, responseMs: 1000, points: right ? 1000 : 0,
  });
  const opt = (id: string, text: string, match: string | null = null) => ({ id, text, correct: true, match });

  const report = buildReport(rows({
    rounds: [
      typedRound(0, 'ordering', [opt('x', 'Collect'), opt('y', 'Label'), opt('z', 'Train')]),
      typedRound(1, 'matching', [opt('x', 'Clarify', 'bias'), opt('y', 'Monitor', 'drift'), opt('z', 'Debugger', 'gradients')]),
      typedRound(2, 'typed', [opt('x', 'SageMaker Neo'), opt('y', 'Neo'), opt('z', 'Amazon SageMaker Neo')]),
    ],
    players: [player('ada', 0), player('bo', 1)],
    answers: [
      given('r0', 'ada', ['x', 'y', 'z'], true), given('r0', 'bo', ['x', 'z', 'y'], false),
      // prompts shown Debugger, Clarify, Monitor; answers m0 bias, m1 drift, m2 gradients
      given('r1', 'ada', ['m2', 'm0', 'm1'], true), given('r1', 'bo', ['m0', 'm0', 'm1'], false),
      given('r2', 'ada', [], true, 'neo'), given('r2', 'bo', [], false, '=HYPERLINK("x")'),
    ],
  }));

  test('writes each answer readably and counts what each type counts', () => {
    const [ordering, matching, typed] = report.questions;
    expect(ordering).toMatchObject({ type: 'ordering', rightAnswer: 'Collect > Label > Train', correctCount: 1 });
    expect(ordering!.options.map((o) => [o.text, o.picks])).toEqual([['Train', 1], ['Collect', 2], ['Label', 1]]);
    expect(matching!.rightAnswer).toBe('Debugger -> gradients; Clarify -> bias; Monitor -> drift');
    expect(matching!.options.map((o) => o.picks)).toEqual([1, 2, 2]);
    expect(typed).toMatchObject({ rightAnswer: 'SageMaker Neo | Neo | Amazon SageMaker Neo', wrongTyped: [{ text: '=HYPERLINK("x")', count: 1 }] });
    expect(report.standings.find((p) => p.nickname === 'BO')!.answers.map((a) => a.described)).toEqual([
      'Collect > Train > Label', 'Debugger -> bias; Clarify -> bias; Monitor -> drift', '=HYPERLINK("x")',
    ]);
  });

  test('a wrong typed answer is counted under the spelling that arrived first, as the live reveal counts it', () => {
    const late = { ...given('r0', 'ada', [], false, 'sage maker'), responseMs: 1500 }; // joined first, answered second
    const early = { ...given('r0', 'bo', [], false, 'Sage Maker'), responseMs: 800 };
    const typed = buildReport(rows({
      rounds: [typedRound(0, 'typed', [opt('x', 'SageMaker Neo')])],
      players: [player('ada', 0), player('bo', 1)],
      answers: [late, early],
    })).questions[0]!;
    expect(typed.wrongTyped).toEqual([{ text: 'Sage Maker', count: 2 }]);
  });

  test('the answers CSV has the readable answer, a formula typed by a player defused', () => {
    const csv = answersCsv(report);
    expect(csv).toContain('Collect > Label > Train');
    expect(csv).toContain('Debugger -> gradients; Clarify -> bias; Monitor -> drift');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
