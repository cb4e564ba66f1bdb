// One test per way the bank format lets authors write a question.
import { describe, expect, it } from 'vitest';
import { readBankText } from '../read-bank';
import type { ParsedQuestion } from '../types';

/** Parses a bank that must be valid; extra questions give generation something to draw from. */
function questionsOf(markdown: string): ParsedQuestion[] {
  const result = readBankText(markdown);
  expect(result.errors).toEqual([]);
  return result.bank?.questions ?? [];
}

const md = (lines: string[]) => lines.join('\n') + '\n';

describe('bank format', () => {
  it('reads front matter as title and description, ## headings as sections', () => {
    const result = readBankText(md(['---', 'title: Networking', 'description: VPC basics', '---', '', '## Subnets', '', '1. What is a subnet?', '', '    *A range of IP addresses in a VPC.*', '', '2. What routes between subnets?', '', '    *The route table.*']));
    expect(result.bank).toMatchObject({ title: 'Networking', description: 'VPC basics', sections: ['Subnets'] });
    expect(result.bank?.questions[0]).toMatchObject({ section: 'Subnets', stem: 'What is a subnet?', line: 8 });
  });

  it('falls back to the first # heading, then the file name, for the title', () => {
    const questions = ['1. Q?', '', '    *A.*', '', '2. R?', '', '    *B.*'];
    expect(readBankText(md(['# Storage', '', ...questions])).bank?.title).toBe('Storage');
    expect(readBankText(md(questions), { fileName: 'dir/my-bank.md' }).bank?.title).toBe('my-bank');
  });

  it('takes each numbered item as a question, whatever its number', () => {
    const questions = questionsOf(md(['1. First?', '', '    *One.*', '', '3. Second?', '', '    *Two.*', '', '3. Third?', '', '    *Three.*', '', '1. Fourth?', '', '    *Four.*']));
    expect(questions.map((question) => [question.stem, question.line])).toEqual([
      ['First?', 1],
      ['Second?', 5],
      ['Third?', 9],
      ['Fourth?', 13],
    ]);
  });

  it('takes a "- " bullet as a question', () => {
    const questions = questionsOf(md(['- Which tuning method saves compute?', '  ', '    *Hyperband stops poor jobs early.*', '', '- Which is columnar?', '', '    *Parquet is columnar.*']));
    expect(questions.map((question) => question.stem)).toEqual(['Which tuning method saves compute?', 'Which is columnar?']);
    expect(questions[0]?.options.find((option) => option.correct)?.text).toBe('Hyperband');
  });

  it('takes a bare paragraph between --- rules as a question, its indented answer parsed as code and re-read', () => {
    const questions = questionsOf(md(['---', '', 'How does pruning shrink a model?', '', '    *It removes the least important weights.*', '', '---', '', 'Which format is columnar', '', '    *Parquet.*', '', '    ~~ORC is columnar too, but not offered.~~', '', 'Parquet compresses well.']));
    expect(questions).toHaveLength(2);
    expect(questions[0]).toMatchObject({ stem: 'How does pruning shrink a model?', explanation: 'It removes the least important weights.', line: 3 });
    expect(questions[1]).toMatchObject({ stem: 'Which format is columnar', explanation: 'Parquet.\n\nParquet compresses well.', whyNot: ['ORC is columnar too, but not offered.'] });
  });

  it('reads the answer the same as a list continuation or as an indented code block', () => {
    const inItem = questionsOf(md(['1. Which service transfers files?', '', '    *AWS DataSync moves data.*', '', '2. Which is columnar?', '', '    *Parquet is columnar.*']));
    // "100. " needs 5 spaces of indent, so 4 spaces end the item and start a code block.
    const asCode = questionsOf(md(['100. Which service transfers files?', '', '    *AWS DataSync moves data.*', '', '101. Which is columnar?', '', '    *Parquet is columnar.*']));
    expect(asCode.map((question) => question.explanation)).toEqual(inItem.map((question) => question.explanation));
    expect(asCode.map((question) => question.options)).toEqual(inItem.map((question) => question.options));
    expect(asCode[0]?.explanation).toBe('AWS DataSync moves data.');
  });

  it('keeps code that is not an answer in the stem', () => {
    const [fenced, indented] = questionsOf(
      md(['What does this print?', '', '```python', 'print(1 + 1)', '```', '', '    *2, the sum.*', '', '---', '', 'Which query counts rows?', '', '    SELECT count(*) FROM t;', '', '*It counts the rows of t.*']),
    );
    expect(fenced?.stem).toBe('What does this print?\n\n```python\nprint(1 + 1)\n```');
    expect(indented?.stem).toBe('Which query counts rows?\n\n```\nSELECT count(*) FROM t;\n```');
    expect(indented?.explanation).toBe('It counts the rows of t.');
  });

  it('continues the explanation with plain paragraphs until the next question, heading or rule', () => {
    const questions = questionsOf(md(['1. Q one?', '', '    *Answer one.*', '', 'More about one.', '', 'Even more.', '', '## Next', '', '1. Q two?', '', '    *Answer two.*', '', '---', '', 'Q three?', '', '    *Answer three.*']));
    expect(questions.map((question) => question.explanation)).toEqual(['Answer one.\n\nMore about one.\n\nEven more.', 'Answer two.', 'Answer three.']);
  });

  it('accepts an answer without explanation prose', () => {
    const [question] = questionsOf(md(['1. Which format?', '', '    *Parquet.*', '', '2. Other?', '', '    *CSV.*']));
    expect(question?.explanation).toBe('Parquet.');
    expect(question?.options.find((option) => option.correct)?.text).toBe('Parquet');
  });

  it('collects ~~why-not~~ paragraphs apart from the explanation', () => {
    const [question] = questionsOf(md(['1. Cheapest for 30-minute jobs?', '', '    *Use an asynchronous endpoint.*', '', '    ~~Serverless Inference would time out.~~', '', 'Async queues requests.', '', '2. Other?', '', '    *Other.*']));
    expect(question).toMatchObject({ whyNot: ['Serverless Inference would time out.'], explanation: 'Use an asynchronous endpoint.\n\nAsync queues requests.' });
  });

  it('turns "Learn more about [title](url)" lines into links, also inside a paragraph with hard breaks', () => {
    const [question] = questionsOf(md(['1. Q?', '', '    *A.*', '', 'Explained here.  ', 'Learn more about [one](https://a.example/1).  ', 'Learn more about [two](mailto:help@a.example).', '', '2. R?', '', '    *B.*']));
    expect(question?.links).toEqual([
      { title: 'one', url: 'https://a.example/1' },
      { title: 'two', url: 'mailto:help@a.example' },
    ]);
    expect(question?.explanation).toBe('A.\n\nExplained here.');
  });

  it('joins a stem\'s lines, across a hard break or not, and keeps its markdown', () => {
    const [hard, soft] = questionsOf(md(['1. The data is in `s3://bucket`, *partitioned* daily.  ', 'Which format?', '', '    *Parquet.*', '', '2. Scenario text.', 'Ask without a question mark', '', '    *CSV.*']));
    expect(hard?.stem).toBe('The data is in `s3://bucket`, *partitioned* daily.\nWhich format?');
    expect(soft?.stem).toBe('Scenario text.\nAsk without a question mark');
  });

  it('reads "(Select TWO.)" and "(Select THREE.)" into select, splitting the answer into that many correct options', () => {
    const questions = questionsOf(
      md(['1. Which two store training data? (Select TWO.)', '', '    *Amazon S3 and Amazon EFS would be best.*', '', '2. Which three are formats? (Select THREE.)', '', '    *Parquet, ORC, and Avro are formats.*', '', '3. Which is a chart?', '', '    *Scatterplots show relationships.*', '', '4. Which is a stream?', '', '    *Kinesis Data Streams ingests data.*']),
    );
    const correct = (question?: ParsedQuestion) => question?.options.filter((option) => option.correct).map((option) => option.text).sort();
    expect(questions[0]?.select).toBe(2);
    expect(correct(questions[0])).toEqual(['Amazon EFS', 'Amazon S3']);
    expect(questions[1]?.select).toBe(3);
    expect(correct(questions[1])).toEqual(['Avro', 'ORC', 'Parquet']);
    expect(questions[1]?.options).toHaveLength(4);
  });

  it('uses a task list under the question as authored options, with no generation', () => {
    const questions = questionsOf(md(['1. Which is columnar?', '', '   - [ ] CSV', '   - [x] Parquet', '   - [ ] JSON', '', '    *Parquet stores columns together.*', '', '---', '', 'A bare one?', '', '- [x] Yes', '- [ ] No']));
    expect(questions[0]).toMatchObject({
      select: 1,
      explanation: 'Parquet stores columns together.',
      options: [
        { text: 'CSV', correct: false, authored: true },
        { text: 'Parquet', correct: true, authored: true },
        { text: 'JSON', correct: false, authored: true },
      ],
    });
    expect(questions[1]).toMatchObject({ stem: 'A bare one?', explanation: '', options: [{ text: 'Yes', correct: true }, { text: 'No', correct: false }] });
  });

  it('counts two checked task items as a select-two question', () => {
    const [question] = questionsOf(md(['1. Which are object stores?', '', '   - [x] Amazon S3', '   - [x] Google Cloud Storage', '   - [ ] Amazon EBS']));
    expect(question?.select).toBe(2);
  });
});
