// The examples on the upload page (and in docs/banks.md) read as documented, and
// each is a file of the corpus (whose test checks its whole parse).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_EXAMPLES } from '../../app/banks/new/format-example';
import { readBankText } from './read-bank';

const shape = (text: string, fileName: string) => {
  const result = readBankText(text, { fileName });
  expect(result.errors).toEqual([]);
  return result.bank!.questions.map((question) => ({
    stem: question.stem,
    correct: question.options.filter((option) => option.correct).map((option) => option.text),
    options: question.options.length,
    explanation: question.explanation,
  }));
};

describe('the upload page examples', () => {
  it('are each the text of a corpus file, read by the same reader', () => {
    for (const example of FORMAT_EXAMPLES) {
      expect(example.text, example.fixture).toBe(readFileSync(`tests/fixtures/banks/${example.fixture}`, 'utf8'));
      expect(example.fixture.replace(/^.*\./, ''), example.name).toBe(example.fileName.replace(/^.*\./, ''));
    }
  });

  it('read without errors, as the format they show', () => {
    const formats = FORMAT_EXAMPLES.map((example) => readBankText(example.text, { fileName: example.fileName }).format);
    expect(formats).toEqual(['markdown', 'markdown', 'markdown', 'GIFT', 'Aiken', 'CSV']);
  });

  it('heading and task list', () => {
    expect(shape(FORMAT_EXAMPLES[1]!.text, 'x.md')).toEqual([
      { stem: 'Which service stores objects?', correct: ['Amazon S3'], options: 3, explanation: '' },
      { stem: 'Which two services are serverless? (Choose two)', correct: ['AWS Lambda', 'AWS Fargate'], options: 5, explanation: '' },
    ]);
  });

  it('lettered options with an answer line or <details>', () => {
    expect(shape(FORMAT_EXAMPLES[2]!.text, 'x.md')).toEqual([
      { stem: 'Which database is managed and relational? Select TWO.', correct: ['Amazon RDS', 'Amazon Aurora'], options: 4, explanation: 'RDS and Aurora run relational engines for you.' },
      { stem: 'Which service sends email?', correct: ['Amazon SES'], options: 3, explanation: '' },
    ]);
  });

  it('GIFT', () => {
    expect(shape(FORMAT_EXAMPLES[3]!.text, 'x.gift')).toEqual([
      { stem: 'Which service stores objects?', correct: ['Amazon S3'], options: 3, explanation: 'Objects live in buckets.' },
      { stem: 'Amazon S3 is serverless.', correct: ['True'], options: 2, explanation: 'You never manage its servers.' },
    ]);
  });

  it('Aiken', () => {
    expect(shape(FORMAT_EXAMPLES[4]!.text, 'x.txt')).toEqual([{ stem: 'Which service stores objects?', correct: ['Amazon S3'], options: 3, explanation: 'S3 stores objects in buckets.' }]);
  });

  it('CSV', () => {
    expect(shape(FORMAT_EXAMPLES[5]!.text, 'x.csv')).toEqual([
      { stem: 'Which service stores objects?', correct: ['Amazon S3'], options: 3, explanation: 'S3 stores objects in buckets.' },
      { stem: 'Which are serverless? (Select TWO)', correct: ['AWS Lambda', 'AWS Fargate'], options: 3, explanation: '' },
    ]);
  });
});

describe("the lettered example's note", () => {
  const note = FORMAT_EXAMPLES[2]!.note;

  it('names every letter style, each read with or without a blank line under the question, and answers like AC and b', () => {
    const styles = ['A.', 'A)', '(A)', 'a)', 'a.'];
    expect(note).toContain(`(${styles.join(' ')})`);
    for (const style of styles) {
      const letter = (index: number) => style.replace(/a/i, (found) => (found === 'a' ? 'abc' : 'ABC')[index]!);
      for (const gap of ['', '\n']) {
        for (const [answer, correct] of [
          ['Answer: AC', ['Amazon S3', 'Amazon Glacier']],
          ['**Answer: b**', ['Amazon EFS']],
        ] as const) {
          const text = `1. Which store files? (Select ${correct.length === 2 ? 'TWO' : 'one'})\n${gap}   ${letter(0)} Amazon S3\n   ${letter(1)} Amazon EFS\n   ${letter(2)} Amazon Glacier\n\n   ${answer}\n`;
          expect(shape(text, 'x.md').map((question) => question.correct), `${style} ${JSON.stringify(gap)} ${answer}`).toEqual([correct]);
        }
      }
    }
  });
});
