// The caps that keep a hostile file's cost and reply small, for every format:
// character references refused before the markdown parser sees them, refused
// questions counted against MAX_QUESTIONS, long lists of problems cut to their
// first MAX_LISTED_ISSUES and a count, and the Aiken answer line read in linear
// time. The files are built by tests/support/hostile-files.ts.
import { describe, expect, it } from 'vitest';
import { badRowsCsv, entityMarkdown, whitespaceAiken } from '../../tests/support/hostile-files';
import { MAX_CHARACTER_REFERENCES, MAX_QUESTIONS } from './check-input';
import { groupIssues, issueCount, skippedCount } from './report';
import { readBankBytes, readBankText } from './read-bank';
import { MAX_LISTED_ISSUES } from './report';
import { MAX_TABLE_ROWS } from './formats/table';

const encode = (text: string) => new TextEncoder().encode(text);
const csv = (rows: string[]) => encode(`Question,A,B,Correct\n${rows.join('\n')}\n`);

describe('character references in markdown', () => {
  it('refuses 5 MiB of them at once, with a message, instead of parsing them into gigabytes', () => {
    const result = readBankBytes('entities.md', entityMarkdown());
    expect(result.errors).toEqual([
      { line: 1, message: `the file has over ${MAX_CHARACTER_REFERENCES.toLocaleString('en')} character references like "&amp;" or "&#123;"; write the characters themselves, or split it into smaller banks` },
    ]);
  });

  it('reads a bank that uses a few, and counts none inside a code block', () => {
    const fenced = `\`\`\`\n${'&amp; '.repeat(MAX_CHARACTER_REFERENCES + 1)}\n\`\`\`\n\n`;
    const result = readBankText(`${fenced}1. Is 2 &lt; 3?\n\n- [x] Yes &amp; always\n- [ ] No\n\nTwo comes first.\n`, { fileName: 'bank.md' });
    expect(result.errors).toEqual([]);
    expect(result.bank?.questions[0]?.stem).toContain('&lt;');
  });
});

describe('questions counted good or bad', () => {
  it('refuses a CSV of 655,348 bad rows from the first rows past the cap, with one problem', () => {
    const result = readBankBytes('rows.csv', badRowsCsv());
    expect(result.errors).toEqual([{ line: 1, message: `the CSV file has over ${MAX_TABLE_ROWS} rows; a bank may hold at most ${MAX_QUESTIONS} questions: split the file` }]);
  });

  it('refuses a table with one bad row more than a bank may hold', () => {
    const result = readBankBytes('rows.csv', badRowsCsv(MAX_QUESTIONS + 1));
    expect(result.errors).toEqual([{ line: 1, message: `the CSV file has ${MAX_QUESTIONS + 1} question rows; a bank may hold at most ${MAX_QUESTIONS} questions: split the file` }]);
  });

  it('refuses an Aiken file whose questions, refused ones included, pass the cap', () => {
    const result = readBankBytes('quiz.txt', encode(`Q?\nA. a\nB. b\nANSWER: A\n\n${'A lone line\n\n'.repeat(MAX_QUESTIONS)}`));
    expect(result.errors).toEqual([{ line: 1, message: `${MAX_QUESTIONS + 1} questions (${MAX_QUESTIONS} of them refused); a bank may hold at most ${MAX_QUESTIONS}: split the file` }]);
  });
});

describe('long lists of problems', () => {
  it('lists the first problems and counts the rest, so the reply stays small and the skipped count stays right', () => {
    const bad = Array.from({ length: 3000 }, (_, i) => `q${i},a,b,9`);
    const result = readBankBytes('rows.csv', csv([...bad, 'Which is right?,yes,no,1']));
    expect(result.importable?.questions).toHaveLength(1);
    expect(result.errors).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(result.errors.at(-1)).toEqual({
      line: MAX_LISTED_ISSUES + 2,
      message: `…and 2,900 more problems like these, not listed here; they keep 2,900 more questions out`,
      omitted: { issues: 2900, questions: 2900 },
    });
    expect(skippedCount(result.errors)).toBe(3000);
    expect(issueCount(result.errors)).toBe(3000);
    expect(groupIssues(result.errors).reduce((sum, group) => sum + group.count, 0)).toBe(3000);
    expect(JSON.stringify(result).length).toBeLessThan(20_000);
  });

  it('cuts warnings the same way', () => {
    const bank = Array.from({ length: 150 }, (_, i) => `${i + 1}. Question ${i}?\n\n- [x] Right ${i}\n- [ ] Wrong ${i}\n`).join('\n');
    const result = readBankText(bank, { fileName: 'bank.md' });
    expect(result.bank?.questions).toHaveLength(150);
    expect(result.warnings).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(result.warnings.at(-1)?.message).toBe('…and 50 more warnings like these, not listed here');
  });
});

describe('CSV line numbers', () => {
  it('name the line a row starts on, past blank rows, rows of empty cells and cells of several lines', () => {
    const result = readBankBytes('rows.csv', encode('Title\nQuestion,A,B,Correct\nq1,a,b,1\n,,,\n\n"q2\nsecond",a,b,2\nq3,a,b,9\n'));
    expect(result.importable?.questions.map((question) => question.line)).toEqual([3, 6]);
    expect(result.errors.map((error) => error.line)).toEqual([8]);
  });
});

describe('an Aiken ANSWER line full of spaces', () => {
  it('is read in linear time (was quadratic: minutes for 1 MiB; `npm run bench:uploads` times 4 MiB)', () => {
    const result = readBankBytes('spaces.txt', whitespaceAiken(1024 * 1024));
    expect(result.errors).toEqual([]);
    expect(result.bank?.questions[0]?.options.map((option) => option.correct)).toEqual([false, true]);
  });
});
