import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { carryKeys, MAX_STEM_COMPARISONS, normalize, stemSimilarity, STEM_SIMILARITY, type KeyInput, type KeyedQuestion } from './question-keys';

const choice = (stem: string, right: string[], wrong: string[] = ['Other']): KeyInput => ({
  type: 'choice',
  stem,
  options: [...right.map((text) => ({ text, correct: true })), ...wrong.map((text) => ({ text, correct: false }))],
});
const keyed = (key: string, q: KeyInput): KeyedQuestion => ({ key, ...q });
const counter = () => {
  let n = 0;
  return () => `new-${++n}`;
};

const SCENARIO =
  'A company stores customer records in Amazon S3 and wants a model that flags fraudulent transactions within seconds. Which service should it use to host the model for real-time inference?';

describe('a question keeps its key across bank versions', () => {
  it('keeps the key through a typo fix, a markdown mark and spacing', () => {
    const before = [keyed('k1', choice(SCENARIO, ['SageMaker real-time endpoint']))];
    const fixed = SCENARIO.replace('fraudulent', 'fraudlent').replace('real-time', '**real-time**').replace('. Which', '.  Which');
    expect(carryKeys(before, [choice(fixed, ['SageMaker real-time endpoint'])], counter())).toEqual(['k1']);
  });

  it('keeps keys when questions move, are added and removed', () => {
    const before = [keyed('a', choice('Which service sends email?', ['SES'])), keyed('b', choice('Which service stores objects?', ['S3'])), keyed('c', choice('Which is a queue?', ['SQS']))];
    const after = [choice('Which is a queue?', ['SQS']), choice('Which service is a CDN?', ['CloudFront']), choice('Which service sends email?', ['SES'])];
    expect(carryKeys(before, after, counter())).toEqual(['c', 'new-1', 'a']);
  });

  it('gives a new key when the right answer changes, even with the same stem', () => {
    const before = [keyed('a', choice('Which two services are serverless? (Choose two)', ['Lambda', 'Fargate'], ['EC2']))];
    expect(carryKeys(before, [choice('Which two services are serverless? (Choose two)', ['Lambda', 'EC2'], ['Fargate'])], counter())).toEqual(['new-1']);
    // The order of the options is not the answer of a choice question.
    expect(carryKeys(before, [choice('Which two services are serverless? (Choose two)', ['Fargate', 'Lambda'], ['EC2'])], counter())).toEqual(['a']);
  });

  it('gives every question a new key in a first version', () => {
    expect(carryKeys([], [choice('Which service sends email?', ['SES']), choice('Which is a queue?', ['SQS'])], counter())).toEqual(['new-1', 'new-2']);
  });

  it('gives a new key when the type changes', () => {
    const before = [keyed('a', { type: 'typed', stem: 'Name the email service.', options: [{ text: 'SES', correct: true }] })];
    expect(carryKeys(before, [choice('Name the email service.', ['SES'])], counter())).toEqual(['new-1']);
  });

  it('an ordering keeps its key only with the same order', () => {
    const order = (items: string[]): KeyInput => ({ type: 'ordering', stem: 'Order the ML lifecycle.', options: items.map((text) => ({ text, correct: true })) });
    const before = [keyed('a', order(['Collect', 'Train', 'Deploy']))];
    expect(carryKeys(before, [order(['Collect', 'Train', 'Deploy'])], counter())).toEqual(['a']);
    expect(carryKeys(before, [order(['Train', 'Collect', 'Deploy'])], counter())).toEqual(['new-1']);
  });

  it('a matching keeps its key only with the same pairs', () => {
    const pairs = (match: string[]): KeyInput => ({
      type: 'matching',
      stem: 'Match each service to its use.',
      options: ['S3', 'SES'].map((text, i) => ({ text, correct: true, match: match[i] })),
    });
    const before = [keyed('a', pairs(['objects', 'email']))];
    expect(carryKeys(before, [pairs(['objects', 'email'])], counter())).toEqual(['a']);
    expect(carryKeys(before, [pairs(['email', 'objects'])], counter())).toEqual(['new-1']);
  });

  it('a stem changed past the threshold is a new question', () => {
    const before = [keyed('a', choice('Which service should the company use to host the model for real-time inference?', ['SageMaker']))];
    const rewritten = 'Where should a startup train a model on a budget?';
    expect(stemSimilarity(normalize(rewritten), normalize(before[0]!.stem))).toBeLessThan(STEM_SIMILARITY);
    expect(carryKeys(before, [choice(rewritten, ['SageMaker'])], counter())).toEqual(['new-1']);
  });

  it('carries each old key to one question only: the first in bank order alike enough takes it', () => {
    const before = [keyed('a', { type: 'truefalse', stem: 'S3 stores objects durably across zones.', options: [{ text: 'True', correct: true }, { text: 'False', correct: false }] })];
    const tf = (stem: string): KeyInput => ({ type: 'truefalse', stem, options: [{ text: 'True', correct: true }, { text: 'False', correct: false }] });
    expect(carryKeys(before, [tf('S3 stores object durably across zone.'), tf('S3 stores objects durably across zones!')], counter())).toEqual(['a', 'new-1']);
  });

  it('an identical stem wins over a similar one that comes first', () => {
    const before = [keyed('a', choice('Which service sends email?', ['SES']))];
    expect(carryKeys(before, [choice('Which service sends emails?', ['SES']), choice('Which service sends email?', ['SES'])], counter())).toEqual(['new-1', 'a']);
  });

  it('stops comparing past its budget: after that many comparisons even a retyped question gets a new key', () => {
    const tf = (stem: string): KeyInput => ({ type: 'truefalse', stem, options: [{ text: 'True', correct: true }] });
    // Stems of one length, none alike: every pair is compared.
    const statement = (i: number) => createHash('sha256').update(`statement ${i}`).digest('hex');
    const claim = (i: number) => createHash('sha256').update(`claim ${i}`).digest('hex');
    const versions = (newOnes: number) => {
      const before = Array.from({ length: newOnes }, (_, i) => keyed(`old-${i}`, tf(statement(i))));
      // Each new claim is compared with every old statement; the retyped statement comes last.
      return carryKeys(before, [...Array.from({ length: newOnes }, (_, i) => tf(claim(i))), tf(`x${statement(0).slice(1)}`)], counter()).at(-1);
    };
    expect(versions(Math.floor(Math.sqrt(MAX_STEM_COMPARISONS)) - 10)).toBe('old-0');
    expect(versions(Math.ceil(Math.sqrt(MAX_STEM_COMPARISONS)) + 10)).toMatch(/^new-/);
  });
});
