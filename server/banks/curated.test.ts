// The curated options sidecar: matching entries to questions, and its errors.
import { describe, expect, it } from 'vitest';
import { readBankText } from './read-bank';

const BANK = ['## Storage', '', '1. A team needs shared storage for training.', 'Which service?', '', '    *Amazon EFS is shared.*', '', '2. A team needs object storage.', 'Which service?', '', '    *Amazon S3 stores objects.*', ''].join('\n');

const withSidecar = (sidecar: string[]) => readBankText(BANK, { curated: { file: 'bank.options.md', text: sidecar.join('\n') } });

describe('curated options', () => {
  it('replace generated options for the question whose stem the heading quotes', () => {
    const result = withSidecar(['# Notes for reviewers', '', '## Storage', '', '### A team needs shared storage…', '', 'EBS is per instance.', '', '- [x] Amazon EFS', '- [ ] Amazon EBS', '- [ ] Amazon S3']);
    expect(result.errors).toEqual([]);
    expect(result.bank?.questions[0]?.options).toEqual([
      { text: 'Amazon EFS', correct: true, authored: true },
      { text: 'Amazon EBS', correct: false, authored: true },
      { text: 'Amazon S3', correct: false, authored: true },
    ]);
    expect(result.bank?.questions[1]?.options.every((option) => !option.authored)).toBe(true);
    expect(result.warnings).toEqual([{ line: 8, message: 'no entry in bank.options.md for "A team needs object storage. Which service?"; its options are generated' }]);
  });

  it('report an entry that matches no question, with the sidecar\'s file and line', () => {
    const result = withSidecar(['### A team needs shared storage', '- [x] Amazon EFS', '- [ ] Amazon EBS', '', '### A question that was deleted', '', '- [x] Yes', '- [ ] No']);
    expect(result.bank).toBeUndefined();
    expect(result.errors).toEqual([{ file: 'bank.options.md', line: 5, message: '"A question that was deleted" matches no question in the bank' }]);
  });

  it('report an entry that matches two questions, or a question matched twice', () => {
    expect(withSidecar(['### A team needs', '- [x] Amazon EFS', '- [ ] Amazon EBS']).errors).toEqual([
      { file: 'bank.options.md', line: 1, message: '"A team needs" matches 2 questions (lines 3, 8); quote more of the stem' },
    ]);
    expect(withSidecar(['### A team needs shared', '- [x] Amazon EFS', '- [ ] Amazon EBS', '### A team needs shared storage', '- [x] Amazon EFS', '- [ ] Amazon S3']).errors).toEqual([
      { file: 'bank.options.md', line: 4, message: 'the question at line 3 already has options at line 1' },
    ]);
  });

  it('report an entry without a task list, and a task list without an entry', () => {
    expect(withSidecar(['### A team needs shared storage', '', 'Nothing yet.', '', '## Next']).errors).toEqual([
      { file: 'bank.options.md', line: 1, message: '"A team needs shared storage" needs a task list of options below it' },
    ]);
    expect(withSidecar(['- [x] Amazon EFS', '- [ ] Amazon EBS']).errors).toEqual([
      { file: 'bank.options.md', line: 1, message: 'options must follow a "###" heading that quotes the start of their question' },
    ]);
  });

  it('are checked like written options: their marks set select unless the stem says, then they must agree', () => {
    const twoMarked = ['### A team needs shared storage', '- [x] Amazon EFS', '- [x] Amazon FSx for Lustre', '- [ ] Amazon EBS'];
    expect(withSidecar(twoMarked).bank?.questions[0]?.select).toBe(2);
    const selectOne = BANK.replace('Which service?\n\n    *Amazon EFS', 'Which service? (Select ONE.)\n\n    *Amazon EFS');
    const result = readBankText(selectOne, { curated: { file: 'bank.options.md', text: twoMarked.join('\n') } });
    expect(result.errors).toEqual([{ line: 3, question: 3, message: expect.stringMatching(/^the question asks to select 1 but has 2 correct/) }]);
  });
});
