// Kahoot's question spreadsheet, written in its layout by a tiny builder (xlsx-fixture.ts).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBankFile, type BankResult } from './index';
import { buildXlsx, type SheetCell } from './xlsx-fixture';

/** Kahoot's template: a title and instructions above the header, the question numbers in column A. */
const KAHOOT_HEADER: SheetCell[] = [
  null,
  'Question - max 120 characters',
  'Answer 1 - max 75 characters',
  'Answer 2 - max 75 characters',
  'Answer 3 - max 75 characters',
  'Answer 4 - max 75 characters',
  'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
  'Correct answer(s) - choose at least one',
];
const kahoot = (rows: SheetCell[][]) =>
  buildXlsx([[null, 'Quiz template'], [null, 'Add questions, at least two answer alternatives, time limit and choose correct answers.'], [], KAHOOT_HEADER, ...rows]);

const read = (rows: SheetCell[][]) => readBankFile('kahoot.xlsx', kahoot(rows));
const shown = (result: BankResult) =>
  (result.importable?.questions ?? []).map((question) => [question.line, question.stem, question.options.map((option) => `${option.correct ? '*' : ''}${option.text}`)]);
const problems = (issues: BankResult['errors']) => issues.map((issue) => `${issue.line}: ${issue.message}`);

describe('Kahoot spreadsheet (.xlsx)', () => {
  it('reads the question, answers 1 to 4 and the correct answers by number, below the template notes', async () => {
    const result = await read([
      [1, 'Which planet is largest?', 'Mars', 'Jupiter', 'Venus', 'Mercury', 20, 2],
      [2, 'Which are gas giants?', 'Saturn', 'Earth', 'Jupiter', null, 30, '1,3'],
      [3, 'Which is a moon of Saturn?', 'Titan', 'Europa', null, null, 20, 1],
    ]);
    expect(result.format).toBe('spreadsheet');
    expect(result.errors).toEqual([]);
    expect(result.bank?.title).toBe('kahoot');
    expect(shown(result)).toEqual([
      [5, 'Which planet is largest?', ['Mars', '*Jupiter', 'Venus', 'Mercury']],
      [6, 'Which are gas giants?', ['*Saturn', 'Earth', '*Jupiter']],
      [7, 'Which is a moon of Saturn?', ['*Titan', 'Europa']],
    ]);
    expect(result.bank?.questions[1]?.select).toBe(2);
  });

  it('drops the control characters and broken characters a cell can hold, which a text file could not (a NUL made the save fail)', async () => {
    const rows = [[1, 'Which planet MARK is largest?', 'Mars', 'Jupiter', null, null, 20, 2]];
    for (const cell of ['&#0;', '&#x7;', '&#xD800;']) {
      const files = unzipSync(kahoot(rows));
      files['xl/worksheets/sheet1.xml'] = strToU8(strFromU8(files['xl/worksheets/sheet1.xml']!).replace('MARK', cell));
      expect(shown(await readBankFile('kahoot.xlsx', zipSync(files)))).toEqual([[5, 'Which planet  is largest?', ['Mars', '*Jupiter']]]);
    }
  });

  it('reads a formula cell as the value saved with it, and refuses one saved without a value, naming the cell', async () => {
    const result = await read([
      [1, 'Which planet is largest?', 'Mars', { formula: 'CONCATENATE("Jup","iter")', cached: 'Jupiter' }, 'Venus', null, 20, 2],
      [2, 'Which are gas giants?', 'Saturn', 'Earth', 'Jupiter', null, 30, '1,3'],
      [3, 'Which is a moon of Saturn?', 'Titan', { formula: 'A1&B1' }, null, null, 20, 1],
    ]);
    expect(shown(result)).toEqual([
      [5, 'Which planet is largest?', ['Mars', '*Jupiter', 'Venus']],
      [6, 'Which are gas giants?', ['*Saturn', 'Earth', '*Jupiter']],
    ]);
    expect(result.bank).toBeUndefined();
    expect(problems(result.errors)).toEqual(['7: a formula in "Answer 2" (cell D7) with no saved value: Cramjam does not run formulas, so type the text']);
  });

  it('refuses a file that is not a spreadsheet, and a sheet without the columns, with a clear line', async () => {
    const notZip = await readBankFile('kahoot.xlsx', new TextEncoder().encode('Question,Answer 1\n'));
    expect(problems(notZip.errors)).toEqual(['1: not a readable .xlsx spreadsheet (an .xlsx file is a zip; was it renamed from another kind?)']);
    const noColumns = await readBankFile('x.xlsx', buildXlsx([['Prompt', 'Reply'], ['Why?', 'Because']]));
    expect(problems(noColumns.errors)).toEqual([
      '1: the first row must name the columns; missing "Question", "Option 1" and "Option 2" (up to 6), "Correct" (found: "Prompt", "Reply")',
    ]);
  });
});
