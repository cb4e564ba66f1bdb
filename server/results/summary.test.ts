import { describe, expect, test } from 'vitest';
import { glance } from './summary';

const question = (number: number, accuracy: number | null, averageResponseMs = 5000) => ({ number, accuracy, averageResponseMs, stem: `Q${number}` });
const player = (nickname: string, correctCount: number) => ({ nickname, correctCount });

const report = (questions: ReturnType<typeof question>[], standings: ReturnType<typeof player>[]) => ({ questions, standings });

describe('the report at a glance', () => {
  const tenQuestions = Array.from({ length: 10 }, (_, i) => question(i + 1, 1));

  test('players fall in five bands of the share of questions right', () => {
    const { spread } = glance(report(tenQuestions, [player('A', 0), player('B', 2), player('C', 3), player('D', 10), player('E', 9), player('F', 5)]));
    expect(spread).toEqual([
      { label: '0–20%', players: 2 },
      { label: '21–40%', players: 1 },
      { label: '41–60%', players: 1 },
      { label: '61–80%', players: 0 },
      { label: '81–100%', players: 2 },
    ]);
  });

  test('the hardest three questions someone missed, lowest accuracy first', () => {
    const questions = [question(1, 1), question(2, 0.25), question(3, 0.5), question(4, 0.25, 9000), question(5, 0.9)];
    expect(glance(report(questions, [])).hardest.map((q) => q.number)).toEqual([4, 2, 3]);
    expect(glance(report([question(1, 1)], [])).hardest).toEqual([]);
  });

  test('who needs help: under half right, fewest first', () => {
    const { needHelp } = glance(report(tenQuestions, [player('A', 4), player('B', 5), player('C', 1)]));
    expect(needHelp).toEqual([player('C', 1), player('A', 4)]);
  });

  test('a game with no round played has nobody in any band and nobody to help', () => {
    const { spread, needHelp } = glance(report([], [player('A', 0)]));
    expect(spread.every((b) => b.players === 0)).toBe(true);
    expect(needHelp).toEqual([]);
  });
});
