// Input that is not a usable bank: each case is refused with a message and a line.
import { describe, expect, it } from 'vitest';
import { MAX_BANK_BYTES, parseBank, parseBankFile } from './index';

const bytes = (text: string) => new TextEncoder().encode(text);

function errorsOf(result: { bank?: unknown; errors: { line: number; message: string }[] }) {
  expect(result.bank).toBeUndefined();
  return result.errors.map((error) => `${error.line}: ${error.message}`);
}

describe('bad bank input', () => {
  it('refuses an empty or blank file', () => {
    expect(errorsOf(parseBankFile('empty.md', new Uint8Array()))).toEqual(['1: file is empty']);
    expect(errorsOf(parseBank(' \n\n\t\n'))).toEqual(['1: file is empty']);
  });

  it('refuses a file with no questions', () => {
    expect(errorsOf(parseBank('---\ntitle: Nothing here\n---\n\n## A section\n'))).toEqual([expect.stringMatching(/^1: no questions found/)]);
  });

  it('refuses a question with no answer, naming its line', () => {
    const errors = errorsOf(parseBank('1. Has an answer?\n\n    *Yes.*\n\n2. Has none?\n\n3. Fine?\n\n    *Yes.*\n'));
    expect(errors).toEqual([expect.stringMatching(/^5: question has no answer: "Has none\?"/)]);
  });

  it('refuses binary files: NUL bytes, invalid UTF-8, many control characters', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(errorsOf(parseBankFile('image.md', png))).toEqual([expect.stringMatching(/^1: file is not UTF-8 text/)]);
    expect(errorsOf(parseBankFile('nul.md', bytes('1. Q?\n\0\n    *A.*\n')))).toEqual([expect.stringMatching(/^1: file contains binary data/)]);
    const controls = '1. Q?\n\n    *A.*\n' + '\u0001\u0002\u0003'.repeat(20);
    expect(errorsOf(parseBank(controls))).toEqual([expect.stringMatching(/binary data/)]);
  });

  it(`refuses a file over ${MAX_BANK_BYTES / 1024} KiB, as bytes or as text`, () => {
    const question = (i: number) => `${i}. Question number ${i}?\n\n    *Answer ${i}.*\n\n`;
    let big = '';
    for (let i = 1; big.length <= MAX_BANK_BYTES; i++) big += question(i);
    expect(errorsOf(parseBankFile('big.md', bytes(big)))).toEqual([expect.stringMatching(/^1: file is \d+ KiB; a bank may be at most 256 KiB/)]);
    expect(errorsOf(parseBank(big))).toEqual([expect.stringMatching(/at most 256 KiB/)]);
  });

  it('refuses the same question twice, naming both lines', () => {
    const errors = errorsOf(parseBank('1. Which format is columnar?\n\n    *Parquet.*\n\n2. Which  format is COLUMNAR\n\n    *ORC.*\n'));
    expect(errors).toEqual(['5: the same question is at lines 1 and 5: "Which format is COLUMNAR"']);
  });

  it('refuses a Select TWO question whose answer names one option', () => {
    const errors = errorsOf(parseBank('1. Which two? (Select TWO.)\n\n    *Amazon S3 is best.*\n\n2. Other?\n\n    *EFS.*\n'));
    expect(errors).toEqual([expect.stringMatching(/^1: the question asks to select 2 but has 1 correct \("Amazon S3"\)/)]);
  });

  it('refuses authored options with none marked correct, or more than four', () => {
    expect(errorsOf(parseBank('Q?\n\n- [ ] a\n- [ ] b\n'))).toEqual(['1: no option is marked correct; mark the right one(s) with "- [x]"']);
    expect(errorsOf(parseBank('Q?\n\n- [x] a\n- [ ] b\n- [ ] c\n- [ ] d\n- [ ] e\n'))).toEqual(['1: 5 options; a question may have at most 4']);
  });

  it('refuses options with no question above them', () => {
    expect(errorsOf(parseBank('## Section\n\n- [x] a\n- [ ] b\n'))).toEqual(['3: options (- [x] / - [ ]) without a question above them']);
  });

  it('refuses broken front matter with its line', () => {
    expect(errorsOf(parseBank('---\ntitle: ok\ndescription: [unclosed\n---\n\n1. Q?\n\n    *A.*\n'))).toEqual([expect.stringMatching(/^\d: front matter is not valid YAML/)]);
  });

  it('warns, without failing, when a bank is too small to draw wrong options from', () => {
    const result = parseBank('1. The only question?\n\n    *The only answer.*\n');
    expect(result.errors).toEqual([]);
    expect(result.bank?.questions[0]?.options).toEqual([{ text: 'The only answer', correct: true, authored: false }]);
    expect(result.warnings).toEqual([{ line: 1, message: expect.stringMatching(/^only 1 option/) }]);
  });
});
