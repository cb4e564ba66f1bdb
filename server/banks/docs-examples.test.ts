// Every bank example in README.md and docs/banks.md (a ```markdown block, or a
// ```text block of GIFT) reads as the page says it does. A new example block
// fails here until its parse is written down below.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBankText } from './read-bank';

const PAGES = ['README.md', 'docs/banks.md'];
const FILE_NAMES: Record<string, string> = { markdown: 'example.md', text: 'example.gift' };

/** Where a block stands: the heading, or the bold name of the list item, last before it. */
const placeOf = (before: string) => [...before.matchAll(/^(?:#+ (.+)|- \*\*(.+?)\*\*)/gm)].map((match) => match[1] ?? match[2]).at(-1);

/** The fenced blocks of a page in a bank's language, dedented to their fence (some sit in a list item). */
function examplesOf(page: string): { where: string; fileName: string; text: string }[] {
  const source = readFileSync(page, 'utf8');
  return [...source.matchAll(/^( *)```(markdown|text)\n([\s\S]*?)^\1```$/gm)].map((match) => ({
    where: `${page}: ${placeOf(source.slice(0, match.index))}`,
    fileName: FILE_NAMES[match[2]!]!,
    text: match[3]!.replace(new RegExp(`^ {0,${match[1]!.length}}`, 'gm'), ''),
  }));
}

const parsed = PAGES.flatMap(examplesOf).map(({ where, fileName, text }) => {
  const result = readBankText(text, { fileName });
  return {
    where,
    format: result.format,
    questions: (result.importable?.questions ?? []).map((question) => `${question.type}: ${question.stem} [${question.options.map((option) => `${option.correct ? '*' : ''}${option.text}${option.note ? ` > ${option.note}` : ''}`).join(' | ')}]`),
    errors: result.errors.map((issue) => `${issue.line}: ${issue.message}`),
    notes: result.warnings.map((issue) => issue.message).filter((message) => !message.startsWith('no explanation')),
  };
});

describe('the bank examples of the README and docs/banks.md', () => {
  it('read without problems, each as the page describes it', () => {
    expect(parsed).toEqual([
      {
        where: 'docs/banks.md: Writing a bank',
        format: 'markdown',
        questions: [
          'choice: A scenario, then the question? [The right one | *The answer, first, then why it is right]',
          'choice: Another question, its options written out? [*The right one | A wrong one > Why not this one: shown to the players who picked it. | Another wrong one]',
        ],
        errors: [],
        notes: [],
      },
      {
        where: 'docs/banks.md: The other question types',
        format: 'markdown',
        questions: [
          'ordering: Put these steps in order. [*Collect the data | *Label it | *Train a model]',
          'matching: Match each feature to what it does. [*Clarify | *Model Monitor | *Ground Truth]',
          'typed: Which feature labels data with human workers? [*SageMaker Ground Truth | *Ground Truth]',
          'truefalse: Spot Instances can be interrupted. [*True | False]',
          'choice: A question about the scenario? [*Its answer | A wrong one]',
        ],
        errors: [],
        notes: [],
      },
      {
        where: 'docs/banks.md: Heading and task list',
        format: 'markdown',
        questions: ['choice: Which two services are serverless? (Choose two) [*AWS Lambda | Amazon EC2 | *AWS Fargate]'],
        errors: [],
        notes: [],
      },
      {
        where: 'docs/banks.md: Lettered options and an answer line',
        format: 'markdown',
        questions: ['choice: Which service sends email? [Amazon SNS | *Amazon SES]'],
        errors: [],
        notes: ['read "Answer: B" as option B of the lettered lines under the question, not as an answer to type'],
      },
      {
        where: 'docs/banks.md: Moodle GIFT',
        format: 'GIFT',
        questions: [
          'choice: Which service stores objects? [*Amazon S3 > Objects live in buckets. | Amazon EBS | Amazon EFS]',
          'matching: Match each service to its job. [*Amazon Polly | *Amazon Transcribe | *Amazon Textract]',
          'typed: Which service translates text? [*Amazon Translate | *Translate]',
          'choice: I \\_\\_\\_\\_\\_ interested in theatre. [*have been | was]',
          'choice: He is \\_\\_\\_\\_\\_ honest man and she is a doctor. [a | *an]',
          'choice: He is an honest man and she is \\_\\_\\_\\_\\_ doctor. [*a | an]',
        ],
        errors: [],
        notes: [],
      },
    ]);
  });
});
