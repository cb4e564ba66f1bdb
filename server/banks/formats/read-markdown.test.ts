// One test per way the bank format lets authors write a question.
import { describe, expect, it } from 'vitest';
import { readBankText } from '../read-bank';
import { answerLine } from './lettered';
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

  it('reads a quote under an option as its note, in a numbered question or a bare one, True/False too', () => {
    const questions = questionsOf(md([
      '1. Which is columnar?', '', '   - [ ] CSV', '     > CSV stores *rows*.', '     >', '     > One per line.', '   - [x] Parquet', '   - [ ] JSON', '     on two lines', '     > JSON nests records.', '',
      '---', '', 'Is S3 block storage?', '', '- [ ] True', '  > S3 stores objects.', '- [x] False',
    ]));
    expect(questions[0]!.options.map(({ text, note }) => ({ text, note }))).toEqual([
      { text: 'CSV', note: 'CSV stores *rows*.\n\nOne per line.' },
      { text: 'Parquet', note: undefined },
      { text: 'JSON\non two lines', note: 'JSON nests records.' },
    ]);
    expect(questions[0]!.whyNot).toEqual([]);
    expect(questions[1]).toMatchObject({ type: 'truefalse', options: [{ text: 'True', correct: false, note: 'S3 stores objects.' }, { text: 'False', correct: true }] });
  });
});

describe('layouts of downloaded question files', () => {
  const read = (lines: string[]) => readBankText(md(lines));
  const shape = (lines: string[]) =>
    (read(lines).importable?.questions ?? []).map((question) => ({
      section: question.section,
      stem: question.stem,
      options: question.options.map((option) => `${option.correct ? '*' : ''}${option.text}`),
      explanation: question.explanation,
    }));

  it('names an option by its text when a lower-case letter starts a word ("Answer: a site-to-site VPN" is option B)', () => {
    expect(shape(['1. Which connects an office to a VPC?', '', '   A) A public load balancer', '   B) A site-to-site VPN', '', '   Answer: a site-to-site VPN'])).toEqual([
      { section: '', stem: 'Which connects an office to a VPC?', options: ['A public load balancer', '*A site-to-site VPN'], explanation: '' },
    ]);
  });

  it('skips an answer whose run of letters names an option that is not there', () => {
    const result = read(['1. Which two?', '', '   a) one', '   b) two', '   c) three', '', '   Answer: bf']);
    expect(result.importable).toBeUndefined();
    expect(result.errors.map((error) => error.message)).toEqual(['the answer names F, but the options go from A to C']);
  });

  it('reads a <summary> that is itself the answer line, and drops one that is only a label', () => {
    expect(
      shape([
        '1. Which is cheapest for archives?',
        '   - A. S3 Standard',
        '   - B. S3 Glacier Deep Archive',
        '',
        '   <details><summary>Answer: B</summary>Deep Archive costs least per GB.</details>',
        '',
        '2. Which is fastest?',
        '   - A. Instance store',
        '   - B. S3',
        '',
        '   <details><summary class="x">Reveal</summary>Correct answer: A</details>',
      ]),
    ).toEqual([
      { section: '', stem: 'Which is cheapest for archives?', options: ['S3 Standard', '*S3 Glacier Deep Archive'], explanation: 'Deep Archive costs least per GB.' },
      { section: '', stem: 'Which is fastest?', options: ['*Instance store', 'S3'], explanation: '' },
    ]);
  });

  it('drops an "Explanation:" label from the explanation, alone or before its text', () => {
    const [labelled, alone] = shape([
      '1. Which sends email?',
      '   A. SES',
      '   B. SQS',
      '',
      '   Answer: A',
      '',
      '   **Explanation:** SES is the email service.',
      '',
      '2. Which queues?',
      '   A. SES',
      '   B. SQS',
      '',
      '   Answer: B',
      '',
      '   Explanation:',
      '',
      '   SQS keeps messages.',
    ]);
    expect(labelled?.explanation).toBe('SES is the email service.');
    expect(alone?.explanation).toBe('SQS keeps messages.');
  });

  it('takes a heading that asks, and the prose under it, as the stem when options follow; a heading that does not ask stays a section', () => {
    expect(
      shape([
        '## Storage',
        '',
        '### Which class is cheapest here?',
        '',
        'A team keeps 5 TB it reads once a year.',
        '',
        '- [ ] S3 Standard',
        '- [x] S3 Glacier Deep Archive',
        '',
        '### Block volumes',
        '',
        'Which volume survives a stop?',
        '',
        '- [x] EBS',
        '- [ ] Instance store',
      ]),
    ).toEqual([
      { section: 'Storage', stem: 'Which class is cheapest here?\n\nA team keeps 5 TB it reads once a year.', options: ['S3 Standard', '*S3 Glacier Deep Archive'], explanation: '' },
      { section: 'Block volumes', stem: 'Which volume survives a stop?', options: ['*EBS', 'Instance store'], explanation: '' },
    ]);
  });

  it('reads the image under a section heading as usual when no options follow the heading', () => {
    expect(shape(['## Diagrams', '', '![a map](https://example.com/map.png)', '', 'Which region is nearest?', '', '- [x] Frankfurt', '- [ ] Sydney'])).toEqual([
      { section: 'Diagrams', stem: '![a map](https://example.com/map.png)\n\nWhich region is nearest?', options: ['*Frankfurt', 'Sydney'], explanation: '' },
    ]);
  });

  it('ignores bullets and paragraphs that ask in passing ("Found a bug? Open an issue.") without counting them as skipped', () => {
    const result = read(['Found a bug? Open an issue.', '', '- Stuck? Ask the group.', '', '1. Which is columnar?', '', '   - [x] Parquet', '   - [ ] CSV']);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'ignored, not a question (no answer or options): "Found a bug? Open an issue."',
      'ignored, not a question (no answer or options): "Stuck? Ask the group."',
      'no explanation: players will see the right answer but not why',
    ]);
  });

  it('keeps lettered points in the stem when the question is answered another way (an italic answer, a task list)', () => {
    expect(
      shape([
        '1. Consider two facts:',
        '   a) the data is 5 TB',
        '   b) it is read once a year',
        '   Which storage class fits?',
        '',
        '    *S3 Glacier Deep Archive.*',
        '',
        '2. Given these needs:',
        '',
        '   A. low latency',
        '   B. many readers',
        '',
        '   Which cache fits?',
        '',
        '   - [x] ElastiCache',
        '   - [ ] S3',
      ]).map((question) => question.stem),
    ).toEqual([
      'Consider two facts:\n\na) the data is 5 TB\nb) it is read once a year\n\nWhich storage class fits?',
      'Given these needs:\n\nA. low latency\nB. many readers\n\nWhich cache fits?',
    ]);
  });

  it('starts the next question at a numbered paragraph that asks, not at a numbered point of an explanation', () => {
    expect(
      shape([
        '**1. Which sends email?**',
        'A) SES',
        'B) SQS',
        '',
        'Answer: A',
        '',
        '**1.** SES is the email service.',
        '',
        '**2. Which queues messages?**',
        'A) SES',
        'B) SQS',
        '',
        'Answer: B',
      ]),
    ).toEqual([
      { section: '', stem: 'Which sends email?', options: ['*SES', 'SQS'], explanation: '**1.** SES is the email service.' },
      { section: '', stem: 'Which queues messages?', options: ['SES', '*SQS'], explanation: '' },
    ]);
  });

  it('reads an answer line full of spaces in linear time (a megabyte in milliseconds; a quadratic match takes hours)', () => {
    const spaces = ' '.repeat(1024 * 1024);
    const started = performance.now();
    expect(answerLine(`*Answer: B${spaces}, and C${spaces}x`)).toEqual({ letters: ['B', 'C'], rest: 'x' });
    expect(answerLine(`Answer: b${spaces}a${spaces}.`)).toEqual({ letters: ['B', 'A'], rest: '' });
    expect(answerLine(`Answer:${spaces}`)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
