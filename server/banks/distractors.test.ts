import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateOptions, type OptionRequest } from './distractors';
import { readBankText } from './read-bank';

const request = (section: string, correct: string[], generate = true): OptionRequest => ({
  section,
  seed: `question about ${correct.join(' ')}`,
  correct,
  generate,
});

const texts = (options?: { text: string; correct: boolean }[]) => options?.map((option) => `${option.correct ? '*' : ''}${option.text}`);

describe('generated options', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are the same on every run, without Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const seed = readFileSync('content/aws-ml-engineer-sample-questions.md', 'utf8');
    expect(readBankText(seed)).toEqual(readBankText(seed));
    expect(random).not.toHaveBeenCalled();
  });

  it("don't depend on the order of the other questions", () => {
    const requests = [request('A', ['Amazon S3']), request('A', ['Amazon EFS']), request('A', ['AWS DataSync']), request('B', ['Parquet']), request('B', ['CSV'])];
    const forward = generateOptions(requests);
    const backward = generateOptions([...requests].reverse()).reverse();
    expect(backward).toEqual(forward);
  });

  it('never offer a correct answer as a wrong one, whatever its case', () => {
    const [options] = generateOptions([request('A', ['Amazon S3', 'Amazon EFS']), request('A', ['amazon s3']), request('A', ['AMAZON EFS.']), request('A', ['Amazon EBS'])]);
    expect(texts(options)?.sort()).toEqual(['*Amazon EFS', '*Amazon S3', 'Amazon EBS']);
  });

  it('draw from the same section first, up to four options', () => {
    const [options] = generateOptions([
      request('Storage', ['Amazon S3']),
      request('Storage', ['Amazon EFS']),
      request('Storage', ['Amazon EBS']),
      request('Storage', ['Amazon FSx for Lustre']),
      request('Formats', ['Parquet']),
      request('Formats', ['CSV']),
    ]);
    expect(options).toHaveLength(4);
    expect(texts(options)?.sort()).toEqual(['*Amazon S3', 'Amazon EBS', 'Amazon EFS', 'Amazon FSx for Lustre']);
  });

  it('fill up from other sections when the own section runs short, preferring answers of the same shape', () => {
    const [options] = generateOptions([
      request('Storage', ['Amazon S3']),
      request('Formats', ['Parquet']),
      request('Formats', ['CSV']),
      request('Formats', ['Store each record as one line of JSON text']),
    ]);
    expect(texts(options)?.sort()).toEqual(['*Amazon S3', 'CSV', 'Parquet', 'Store each record as one line of JSON text']);
    const [short] = generateOptions([
      request('Storage', ['Amazon S3']),
      request('Formats', ['Parquet']),
      request('Formats', ['CSV']),
      request('Formats', ['ORC']),
      request('Formats', ['Store each record as one line of JSON text']),
    ]);
    expect(texts(short)?.sort()).toEqual(['*Amazon S3', 'CSV', 'ORC', 'Parquet']);
  });

  it('leave questions with written options alone, while still using their answers', () => {
    const [written, generated] = generateOptions([request('A', ['Amazon S3'], false), request('A', ['Amazon EFS'])]);
    expect(written).toBeUndefined();
    expect(texts(generated)?.sort()).toEqual(['*Amazon EFS', 'Amazon S3']);
    expect(generated?.every((option) => option.authored === false)).toBe(true);
  });
});
