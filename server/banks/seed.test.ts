// The user's bank, as shipped in content/, read the way the CLI and the server read it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBankText } from './read-bank';
import { loadBankFile } from './load';
import type { ParsedBank, ParsedQuestion } from './types';

const SEED = 'content/aws-ml-engineer-sample-questions.md';

const curatedResult = await loadBankFile(SEED);

const find = (bank: ParsedBank, start: string): ParsedQuestion => {
  const found = bank.questions.filter((question) => question.stem.startsWith(start));
  expect(found, start).toHaveLength(1);
  return found[0]!;
};

describe('the seed bank with its curated options', () => {
  const bank = curatedResult.bank!;

  it('parses without errors or warnings', () => {
    expect(curatedResult.errors).toEqual([]);
    expect(curatedResult.warnings).toEqual([]);
    expect(bank.title).toBe('Sample Questions');
    expect(bank.description).toBe('questions');
  });

  it('has exactly 20 questions in three sections', () => {
    expect(bank.questions).toHaveLength(20);
    expect(bank.sections).toEqual(['Official Pretest', 'Collect, Ingest, and Store Data', 'Choose a modeling approach']);
    const count = (section: string) => bank.questions.filter((question) => question.section === section).length;
    expect([count('Official Pretest'), count('Collect, Ingest, and Store Data'), count('Choose a modeling approach')]).toEqual([4, 11, 5]);
  });

  it('gives every question 2-4 curated options with as many correct as it asks to select', () => {
    for (const question of bank.questions) {
      expect(question.options.length, `line ${question.line}`).toBeGreaterThanOrEqual(2);
      expect(question.options.length, `line ${question.line}`).toBeLessThanOrEqual(4);
      expect(question.options.filter((option) => option.correct)).toHaveLength(question.select);
      expect(question.options.every((option) => option.authored)).toBe(true);
    }
  });

  it('keeps the Select TWO question as two correct options', () => {
    const question = find(bank, 'A data science team has been tasked');
    expect(question.select).toBe(2);
    expect(question.options.filter((option) => option.correct).map((option) => option.text)).toEqual(['Amazon S3', 'Amazon EFS']);
  });

  it('keeps the climate question\'s Serverless Inference why-not note and both links', () => {
    const question = find(bank, 'A company built a deep learning model for climate modeling');
    expect(question.whyNot).toEqual([expect.stringMatching(/^SageMaker Serverless Inference is another option .* serverless inference would time out\.$/)]);
    expect(question.links).toEqual([
      { title: 'SageMaker Asynchronous Inference', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html' },
      { title: 'SageMaker Serverless Inference', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html' },
    ]);
    expect(question.explanation).not.toContain('Serverless');
    expect(question.options.map((option) => option.text)).toContain('Deploy the model by using a serverless endpoint');
  });

  it('keeps the fine-tuning question\'s trailing "Domain adaption" paragraph', () => {
    const question = find(bank, 'A machine learning engineer has been tasked with fine-tuning');
    expect(question.explanation).toBe(
      'Use a custom dataset to fine-tune the model with domain-specific data.\n\n' +
        'Domain adaption fine-tuning is useful for industry jargon and technical terms. As long as the model supports this type of fine-tuning, this approach should work.',
    );
    expect(question.line).toBe(128);
  });

  it('moves "Learn more" lines out of the explanation into links', () => {
    const question = find(bank, 'An ML engineer must implement a solution');
    expect(question.explanation).toMatch(/^Create a batch inference job in Amazon Bedrock\..*one response on each line\.$/s);
    expect(question.explanation).not.toContain('Learn more');
    expect(question.links.map((link) => link.title)).toEqual([
      'how to create a batch inference job in Amazon Bedrock',
      'how to format and upload input data',
    ]);
  });

  it('records where each question starts', () => {
    expect(bank.questions.map((question) => question.line)).toEqual([
      8, 15, 25, 34, 46, 51, 57, 62, 67, 73, 78, 83, 88, 93, 98, 105, 110, 116, 122, 128,
    ]);
  });
});

describe('the seed bank without its sidecar (generated options)', () => {
  const result = readBankText(readFileSync(SEED, 'utf8'));
  const bank = result.bank!;

  it('still parses, with generated options of 2-4 and the right correct count', () => {
    expect(result.errors).toEqual([]);
    expect(bank.questions).toHaveLength(20);
    for (const question of bank.questions) {
      expect(question.options.length).toBeGreaterThanOrEqual(2);
      expect(question.options.length).toBeLessThanOrEqual(4);
      expect(question.options.filter((option) => option.correct)).toHaveLength(question.select);
      expect(question.options.every((option) => !option.authored)).toBe(true);
    }
  });

  it('labels correct answers briefly', () => {
    const correct = (start: string) => find(bank, start).options.filter((option) => option.correct).map((option) => option.text);
    expect(correct('An ML engineer wants to use Amazon SageMaker')).toEqual(['Receiver operating characteristic (ROC) curve']);
    expect(correct('A company built a deep learning model')).toEqual(['Deploy the model by using an asynchronous endpoint']);
    expect(correct('A retail company wants')).toEqual(['AWS DataSync']);
    expect(correct('Raw click-stream data')).toEqual(['Parquet']);
    expect(correct('A data science team').sort()).toEqual(['Amazon EFS', 'Amazon S3']);
    expect(correct('You are training your machine learning')).toEqual(['XGBoost']);
    expect(correct('Which hyperparameter tuning method')).toEqual(['Hyperband']);
  });

  it('warns where no short label exists, suggesting written options', () => {
    expect(result.warnings.map((warning) => warning.line)).toEqual([34, 78, 83]);
    expect(result.warnings[0]?.message).toMatch(/whole first sentence.*- \[x\] right/);
  });
});
