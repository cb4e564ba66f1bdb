// Input that is not a usable bank: each case is refused with a message and a line.
import { describe, expect, it } from 'vitest';
import { MAX_BANK_BYTES, MAX_QUESTIONS } from './check-input';
import { readBankBytes, readBankText } from './read-bank';

const bytes = (text: string) => new TextEncoder().encode(text);

function errorsOf(result: { bank?: unknown; errors: { line: number; message: string }[] }) {
  expect(result.bank).toBeUndefined();
  return result.errors.map((error) => `${error.line}: ${error.message}`);
}

describe('bad bank input', () => {
  it('refuses an empty or blank file', () => {
    expect(errorsOf(readBankBytes('empty.md', new Uint8Array()))).toEqual(['1: file is empty']);
    expect(errorsOf(readBankText(' \n\n\t\n'))).toEqual(['1: file is empty']);
  });

  it('refuses a file with no questions', () => {
    expect(errorsOf(readBankText('---\ntitle: Nothing here\n---\n\n## A section\n'))).toEqual([expect.stringMatching(/^1: no questions found/)]);
  });

  it('refuses a question with no answer, naming its line', () => {
    const errors = errorsOf(readBankText('1. Has an answer?\n\n    *Yes.*\n\n2. Has none?\n\n3. Fine?\n\n    *No.*\n'));
    expect(errors).toEqual([expect.stringMatching(/^5: question has no answer: "Has none\?"/)]);
  });

  it('refuses binary files: NUL bytes, invalid UTF-8, many control characters', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(errorsOf(readBankBytes('image.md', png))).toEqual([expect.stringMatching(/^1: file is not UTF-8 text/)]);
    expect(errorsOf(readBankBytes('nul.md', bytes('1. Q?\n\0\n    *A.*\n')))).toEqual([expect.stringMatching(/^1: file contains binary data/)]);
    const controls = '1. Q?\n\n    *A.*\n' + '\u0001\u0002\u0003'.repeat(20);
    expect(errorsOf(readBankText(controls))).toEqual([expect.stringMatching(/binary data/)]);
  });

  it(`refuses a file over ${MAX_BANK_BYTES / 1024} KiB, as bytes or as text`, () => {
    const big = `1. Question?\n\n    *Answer.*\n\n${'Filler text. '.repeat(MAX_BANK_BYTES / 13)}\n`;
    expect(errorsOf(readBankBytes('big.md', bytes(big)))).toEqual([expect.stringMatching(/^1: file is \d+ KiB; a bank may be at most 5120 KiB/)]);
    expect(errorsOf(readBankText(big))).toEqual([expect.stringMatching(/at most 5120 KiB/)]);
  });

  it('refuses the same question twice, naming both lines', () => {
    const errors = errorsOf(readBankText('1. Which format is columnar?\n\n    *Parquet.*\n\n2. Which  format is COLUMNAR\n\n    *ORC.*\n'));
    expect(errors).toEqual(['5: the same question is at lines 1 and 5: "Which format is COLUMNAR"']);
  });

  it('refuses a Select TWO question whose answer names one option', () => {
    const errors = errorsOf(readBankText('1. Which two? (Select TWO.)\n\n    *Amazon S3 is best.*\n\n2. Other?\n\n    *EFS.*\n'));
    expect(errors).toEqual([expect.stringMatching(/^1: the question asks to select 2 but has 1 correct \("Amazon S3"\)/)]);
  });

  it('refuses authored options with none marked correct, or more than six', () => {
    expect(errorsOf(readBankText('Q?\n\n- [ ] a\n- [ ] b\n'))).toEqual(['1: no option is marked correct; mark the right one(s) with "- [x]"']);
    expect(errorsOf(readBankText('Q?\n\n- [x] a\n- [ ] b\n- [ ] c\n- [ ] d\n- [ ] e\n- [ ] f\n- [ ] g\n'))).toEqual(['1: 7 options: a round needs 2 to 6 options to choose from; remove 1']);
  });

  it('refuses a question whose every option is correct: there is nothing to choose', () => {
    expect(errorsOf(readBankText('Q? (Select TWO.)\n\n- [x] a\n- [x] b\n'))).toEqual([
      '1: every option is correct, so there is nothing to choose: add a wrong one as "- [ ] wrong"',
    ]);
  });

  it('refuses curated options that give a question more than six, or only one', () => {
    const bank = '1. Which is columnar?\n\n    *Parquet is.*\n\n2. Which is a row format?\n\n    *CSV is.*\n';
    const curated = (options: string[]) => readBankText(bank, { curated: { file: 'bank.options.md', text: ['### Which is columnar', ...options].join('\n') } });
    expect(errorsOf(curated(['- [x] Parquet', '- [ ] CSV', '- [ ] JSON', '- [ ] XML', '- [ ] YAML', '- [ ] TOML', '- [ ] INI']))).toEqual(['1: 7 options: a round needs 2 to 6 options to choose from; remove 1']);
    expect(errorsOf(curated(['- [x] Parquet']))).toEqual([expect.stringMatching(/^1: only 1 option: a round needs 2 to 6 options/)]);
  });

  it('refuses a question with one option, written or generated, with its line: it is no choice', () => {
    // Written: the author listed a single option.
    expect(errorsOf(readBankText('1. Is this a choice?\n\n   - [x] Yes\n\n2. Other?\n\n    *Other.*\n'))).toEqual([
      '1: only 1 option: a round needs 2 to 6 options to choose from; list them under the question as "- [x] right" / "- [ ] wrong"',
    ]);
    // Generated: a bank of one question has no other answers to draw wrong options from.
    const alone = readBankText('---\ntitle: Alone\n---\n\n1. The only question?\n\n    *The only answer.*\n');
    expect(errorsOf(alone)).toEqual([
      '5: only 1 option: a round needs 2 to 6 options to choose from, and the bank\'s other answers give no wrong ones to draw from; list them under the question as "- [x] right" / "- [ ] wrong"',
    ]);
    expect(alone.warnings).toEqual([]);
    // ... nor do two questions with the same answer.
    expect(errorsOf(readBankText('1. Columnar?\n\n    *Parquet.*\n\n2. Compressed?\n\n    *Parquet.*\n'))).toEqual([
      expect.stringMatching(/^1: only 1 option/),
      expect.stringMatching(/^5: only 1 option/),
    ]);
  });

  it('refuses a "Learn more" link that is not http(s) or mailto:, naming its line, and stores none of them', () => {
    const withLink = (url: string) => readBankText(`1. Q?\n\n    *A.*\n\nExplained.  \nLearn more about [the docs](${url}).\n\n2. R?\n\n    *B.*\n`);
    expect(errorsOf(withLink('javascript:alert(document.cookie)'))).toEqual([
      '6: link "the docs" must be http(s) or mailto:, a full address like https://example.com/page, not "javascript:alert(document.cookie)"',
    ]);
    for (const url of ['JavaScript:alert(1)', '&#106;avascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', 'ftp://example.com/x', '/docs/page', 'docs.html', '#top']) {
      expect(errorsOf(withLink(url)), url).toEqual([expect.stringMatching(/^6: link "the docs" must be http\(s\) or mailto:/)]);
    }
    for (const url of ['https://example.com/docs', 'HTTP://example.com', 'mailto:help@example.com']) {
      expect(withLink(url).bank?.questions[0]?.links, url).toEqual([{ title: 'the docs', url }]);
    }
  });

  it('refuses options with no question above them', () => {
    expect(errorsOf(readBankText('Intro text.\n\n---\n\n- [x] a\n- [ ] b\n'))).toEqual([
      expect.stringMatching(/^1: no questions found: this file has 2 task-list items/),
      '5: options (- [x] / - [ ]) without a question above them',
    ]);
  });

  it('refuses broken front matter with its line', () => {
    expect(errorsOf(readBankText('---\ntitle: ok\ndescription: [unclosed\n---\n\n1. Q?\n\n    *A.*\n\n2. R?\n\n    *B.*\n'))).toEqual([expect.stringMatching(/^\d: front matter is not valid YAML/)]);
  });
});

describe('shapes that would make the markdown parser slow', () => {
  it('refuses deep quote nesting, deep list nesting and floods of emphasis marks, with the line to look at', () => {
    expect(errorsOf(readBankText(`1. Q?\n\n    *A.*\n\n${'>'.repeat(32 * 1024)}\n`))).toEqual([expect.stringMatching(/^5: quotes \(">"\) nested 32768 deep/)]);
    const list = Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n');
    expect(errorsOf(readBankText(list))).toEqual([expect.stringMatching(/^22: a list item indented 42 spaces/)]);
    expect(errorsOf(readBankText(`Intro.\n\n${'*a'.repeat(32 * 1024)}\n`))).toEqual([expect.stringMatching(/^3: this paragraph has over 200 "\*" or "_" marks/)]);
  });

  it('reads code fences as they are: deep indentation and stars inside code are fine', () => {
    const code = ['```', ...Array.from({ length: 30 }, (_, i) => `${' '.repeat(i * 2)}- ${'*a'.repeat(20)}`), '```'].join('\n');
    const bank = readBankText(`Q?\n\n- [x] a\n- [ ] b\n\n${code}\n`).bank;
    expect(bank?.questions[0]?.explanation).toContain('- *a*a');
  });

  it(`refuses more than ${MAX_QUESTIONS} questions`, () => {
    const text = Array.from({ length: MAX_QUESTIONS + 1 }, (_, i) => `${i + 1}. Q ${i}?\n\n- [x] yes ${i}\n- [ ] no\n`).join('\n');
    expect(errorsOf(readBankText(text))).toEqual([`1: ${MAX_QUESTIONS + 1} questions; a bank may hold at most ${MAX_QUESTIONS}: split the file`]);
  }, 60_000); // a test timeout for a loaded machine, not a speed goal: bench:parse measures that
});
