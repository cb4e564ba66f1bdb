// The markdown forms of the question types: each read as its type, each mistake refused with its line.
import { describe, expect, it } from 'vitest';
import { TYPES_EXAMPLE } from '../../../app/banks/new/types-example';
import { exportBankMarkdown } from '../export';
import { readBankText } from '../read-bank';

const bank = (body: string) => `---\ntitle: Types\n---\n\n## Pipeline\n\n${body}`;

function questionsOf(text: string) {
  const result = readBankText(text);
  expect(result.errors).toEqual([]);
  return result.bank!.questions;
}

function errorsOf(text: string) {
  const result = readBankText(text);
  expect(result.bank).toBeUndefined();
  return result.errors.map((error) => `${error.line}: ${error.message}`);
}

const ORDERING = `1. Put these steps in order.

    1. Collect data
    2. Label it
    3. Train a model

    *Data comes first, then labels, then training.*
`;

const MATCHING = `1. Match each service to its use.

    - SageMaker Clarify -> Detect bias
    - SageMaker Model Monitor -> Watch data drift
    - SageMaker Ground Truth -> Label data

    *Each service does one job.*
`;

const TYPED = `1. Which service labels data with human workers?

    Answer: SageMaker Ground Truth | Ground Truth

    *Ground Truth runs labeling jobs.*
`;

describe('question types in markdown', () => {
  it('keeps an ordinary question a choice', () => {
    const [q] = questionsOf(bank('1. Pick one?\n\n    - [x] Right\n    - [ ] Wrong\n'));
    expect(q).toMatchObject({ type: 'choice', caseStudy: null });
  });

  it('reads a numbered list under a question as an ordering, items in their right order', () => {
    const [q] = questionsOf(bank(ORDERING));
    expect(q).toMatchObject({ type: 'ordering', stem: 'Put these steps in order.', explanation: 'Data comes first, then labels, then training.' });
    expect(q!.options.map((o) => o.text)).toEqual(['Collect data', 'Label it', 'Train a model']);
  });

  it('reads "prompt -> answer" lines as a matching', () => {
    const [q] = questionsOf(bank(MATCHING));
    expect(q!.type).toBe('matching');
    expect(q!.options.map((o) => [o.text, o.match])).toEqual([
      ['SageMaker Clarify', 'Detect bias'],
      ['SageMaker Model Monitor', 'Watch data drift'],
      ['SageMaker Ground Truth', 'Label data'],
    ]);
  });

  it('accepts → as the arrow too', () => {
    const [q] = questionsOf(bank('1. Match.\n\n    - A → 1\n    - B → 2\n    - C → 3\n\n    *So.*\n'));
    expect(q!.options.map((o) => o.match)).toEqual(['1', '2', '3']);
  });

  it('reads "Answer: a | b" as type-the-answer with its accepted variants', () => {
    const [q] = questionsOf(bank(TYPED));
    expect(q!.type).toBe('typed');
    expect(q!.options.map((o) => o.text)).toEqual(['SageMaker Ground Truth', 'Ground Truth']);
    expect(q!.explanation).toBe('Ground Truth runs labeling jobs.');
  });

  it('reads an answer that starts with True or False as true/false', () => {
    const [t, f] = questionsOf(bank('1. Spot instances can be interrupted.\n\n    *True. They can be reclaimed.*\n\n2. Clarify labels data.\n\n    *False: Ground Truth does.*\n'));
    expect(t).toMatchObject({ type: 'truefalse', options: [{ text: 'True', correct: true }, { text: 'False', correct: false }], select: 1 });
    expect(f).toMatchObject({ type: 'truefalse', options: [{ text: 'True', correct: false }, { text: 'False', correct: true }] });
  });

  it('gives the questions under a "Case study" heading its scenario, and keeps the section', () => {
    const text = bank(`### Case study: Churn\n\n> A telecom wants to predict churn.\n>\n> It has 2 years of data.\n\n1. First question?\n\n    *True.*\n\n2. Second?\n\n    Answer: XGBoost\n\n## Next section\n\n1. Outside?\n\n    *False.*\n`);
    const [a, b, c] = questionsOf(text);
    const caseStudy = { title: 'Churn', scenario: 'A telecom wants to predict churn.\n\nIt has 2 years of data.' };
    expect(a).toMatchObject({ section: 'Pipeline', caseStudy });
    expect(b).toMatchObject({ section: 'Pipeline', caseStudy, type: 'typed' });
    expect(c).toMatchObject({ section: 'Next section', caseStudy: null });
  });

  it('reads the upload page\'s example of every type', () => {
    const questions = questionsOf(TYPES_EXAMPLE);
    expect(questions.map((q) => q.type)).toEqual(['ordering', 'matching', 'typed', 'truefalse', 'truefalse', 'choice']);
    expect(questions.map((q) => q.caseStudy?.title ?? null)).toEqual([null, null, null, null, 'Churn', 'Churn']);
  });

  it('exports every type and case study as markdown that reads back the same', () => {
    const bankOf = (text: string) => {
      const result = readBankText(text);
      expect(result.errors).toEqual([]);
      return result.importable!;
    };
    const before = bankOf(TYPES_EXAMPLE);
    const after = bankOf(exportBankMarkdown(before));
    const shape = (b: typeof before) => b.questions.map(({ type, section, caseStudy, stem, options }) => ({ type, section, caseStudy, stem, options }));
    expect(shape(after)).toEqual(shape(before));
  });

  it('plays the shipped bank as choices only, unchanged', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../content/aws-ml-engineer-sample-questions.md', import.meta.url), 'utf8');
    expect(new Set(questionsOf(text).map((q) => q.type))).toEqual(new Set(['choice']));
  });
});

describe('mistakes in a question type', () => {
  it('refuses an ordering with fewer than 3 items, at the list', () => {
    expect(errorsOf(bank('1. Order these.\n\n    1. One\n    2. Two\n\n    *So.*\n'))).toEqual(['9: an ordering question has 3 to 6 items to put in order, not 2']);
  });

  it('refuses an ordering with more than 6 items', () => {
    const items = [1, 2, 3, 4, 5, 6, 7].map((i) => `    ${i}. Step ${i}`).join('\n');
    expect(errorsOf(bank(`1. Order these.\n\n${items}\n\n    *So.*\n`))).toEqual([expect.stringMatching(/^9: .*3 to 6 items.*not 7/)]);
  });

  it('refuses a matching with a duplicate prompt, at the second one', () => {
    const errors = errorsOf(bank('1. Match.\n\n    - A -> 1\n    - B -> 2\n    - a -> 3\n\n    *So.*\n'));
    expect(errors).toEqual(['11: prompt "a" is listed twice (lines 9 and 11)']);
  });

  it('refuses a matching line without an answer', () => {
    expect(errorsOf(bank('1. Match.\n\n    - A -> 1\n    - B ->\n    - C -> 3\n\n    *So.*\n'))).toEqual(['10: each line of a matching question is "prompt -> its answer"']);
  });

  it('refuses a matching with fewer than 3 prompts', () => {
    expect(errorsOf(bank('1. Match.\n\n    - A -> 1\n    - B -> 2\n\n    *So.*\n'))).toEqual(['9: a matching question has 3 to 6 "prompt -> answer" lines, not 2']);
  });

  it('refuses an accepted answer longer than a player may type', () => {
    expect(errorsOf(bank(`1. Name it.\n\n    Answer: ${'x'.repeat(101)}\n\n    *So.*\n`))).toEqual([expect.stringMatching(/^9: accepted answer "x+…" is longer than the 100 characters/)]);
  });

  it('refuses a type-the-answer with no accepted text', () => {
    expect(errorsOf(bank('1. Name it.\n\n    Answer: | \n\n    *So.*\n'))).toEqual([expect.stringMatching(/^9: type-the-answer question has no accepted answer/)]);
  });

  it('refuses two answer forms under one question', () => {
    expect(errorsOf(bank('1. Name it.\n\n    Answer: A\n\n    - [x] A\n    - [ ] B\n'))).toEqual([expect.stringMatching(/^11: second list of options/)]);
  });

  it('saves nothing when any question is wrong', () => {
    const result = readBankText(bank(`${ORDERING}\n2. Bad.\n\n    1. One\n    2. Two\n\n    *So.*\n`));
    expect(result.bank).toBeUndefined();
    expect(result.errors).toHaveLength(1);
  });
});
