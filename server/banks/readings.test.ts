// The other reading of a layout that reads two ways: lettered lines right under
// a question with "Answer: B" are its options by default, and with
// { letteredAnswer: 'typed' } lines of its text with "B" to type; either way
// each question so read carries a note, summed up once per layout.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectRoundTrip, problems } from '../../tests/support/bank-fixtures';
import { readBankText } from './read-bank';
import { assumptionsOf, Reading } from './readings';

const RUN_ON = readFileSync('tests/fixtures/banks/md-run-on-options.md', 'utf8');
const read = (text: string, reading?: Reading) => readBankText(text, { fileName: 'bank.md', reading });
const shown = (result: ReturnType<typeof read>) =>
  result.importable!.questions.map((question) => ({ type: question.type, stem: question.stem, accepted: question.options.filter((o) => o.correct).map((o) => o.text) }));

describe('lettered lines under a question, then "Answer: B"', () => {
  it('are read as its options by default, each question with a note, summed up once', () => {
    const result = read(RUN_ON);
    expect(shown(result).map((question) => question.type)).toEqual(['choice', 'choice', 'choice']);
    expect(result.assumed).toEqual([
      {
        key: 'letteredAnswer',
        read: 'options',
        other: 'typed',
        count: 3,
        lines: [8, 17, 24],
        example: 'read "Answer: B" as option B of the lettered lines under the question, not as an answer to type',
      },
    ]);
    expect(result.warnings.filter((warning) => warning.assumed).map((warning) => warning.line)).toEqual([8, 17, 24]);
  });

  it('are read as lines of its text with the letter to type when the reading says "typed"', () => {
    const result = read(RUN_ON, { letteredAnswer: 'typed' });
    expect(shown(result)).toEqual([
      { type: 'typed', stem: 'Which service sends email?\n\nA\\) Amazon SNS\n\nB\\) Amazon SES\n\nC\\) Amazon SQS', accepted: ['B'] },
      { type: 'typed', stem: 'Which service decouples a producer from a slow consumer?\n\nA\\. Amazon SQS\n\nB\\. Amazon SES\n\nC\\. Amazon Route 53\n\nD\\. AWS Glue', accepted: ['A'] },
      { type: 'typed', stem: 'Which service fans one message out to many subscribers?\n\nA\\) Amazon SNS\n\nB\\) Amazon EFS\n\nC\\) AWS Batch', accepted: ['A'] },
    ]);
    // The explanation after the answer line stays the explanation.
    expect(result.importable!.questions[0]!.explanation).toBe('SES sends and receives email; SNS pushes notifications.');
    expect(result.assumed).toEqual([
      { key: 'letteredAnswer', read: 'typed', other: 'options', count: 3, lines: [8, 17, 24], example: 'read "Answer: B" as the answer to type, with the lettered lines as part of the question, not as its options' },
    ]);
    expect(result.errors).toEqual([]);
  });

  it('read as typed, the bank exports and reads back the same: the escaped letters stay in the stem', () => {
    expectRoundTrip(read(RUN_ON, { letteredAnswer: 'typed' }));
  });

  it('keeps several letters, lower case and "(C)" as written, and an explanation in parentheses out of the typed answer', () => {
    const text = '1. Which two store objects?\n   (a) Amazon S3\n   (b) Amazon EFS\n   (c) Amazon Glacier\n   *Answer: ac (Explanation: both are object stores.)*\n';
    const result = read(text, { letteredAnswer: 'typed' });
    expect(shown(result)).toEqual([{ type: 'typed', stem: 'Which two store objects?\n\n(a\\) Amazon S3\n\n(b\\) Amazon EFS\n\n(c\\) Amazon Glacier', accepted: ['ac'] }]);
    expect(result.importable!.questions[0]!.explanation).toBe('both are object stores.');
  });

  it('leaves layouts that read one way alone: options after a blank line, a lettered list, a typed answer without letters', () => {
    const text = [
      '1. Which service sends email?',
      '',
      '   A) Amazon SNS',
      '   B) Amazon SES',
      '',
      '   Answer: B',
      '',
      '2. Which service queues messages?',
      '',
      '   Answer: Amazon SQS | SQS',
      '',
    ].join('\n');
    for (const reading of [{}, { letteredAnswer: 'typed' } as const]) {
      const result = read(text, reading);
      expect(shown(result).map((question) => question.type)).toEqual(['choice', 'typed']);
      expect(result.assumed).toBeUndefined();
      expect(problems(result.warnings).filter((warning) => warning.includes('read "'))).toEqual([]);
    }
  });
});

describe('the reading option', () => {
  it('is validated: only the known layouts and ways', () => {
    expect(Reading.safeParse({ letteredAnswer: 'typed' }).success).toBe(true);
    expect(Reading.safeParse({ letteredAnswer: 'letters' }).error?.issues[0]?.message).toBe('letteredAnswer is "options" or "typed"');
    expect(Reading.safeParse({ other: 'x' }).success).toBe(false);
  });

  it('sums the notes from the whole list, however many, keeping the first hundred lines', () => {
    const notes = Array.from({ length: 250 }, (_, index) => ({ line: index + 1, message: `read "Answer: ${index}" as ...`, assumed: 'letteredAnswer' as const }));
    const [summary] = assumptionsOf([{ line: 1, message: 'no explanation' }, ...notes], { letteredAnswer: 'typed' });
    expect(summary).toMatchObject({ key: 'letteredAnswer', read: 'typed', other: 'options', count: 250, example: 'read "Answer: 0" as ...' });
    expect(summary!.lines).toHaveLength(100);
  });
});
