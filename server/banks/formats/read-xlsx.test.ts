// Kahoot's question spreadsheet, written in its layout by a tiny builder (tests/support/xlsx-fixture.ts).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, dataDescriptorBombXlsx, deflatedSpaces, hostileXlsx, xlsxEntries } from '../../../tests/support/hostile-zip';
import { readBankFile } from '../index';
import type { BankResult } from '../types';
import { buildXlsx, type SheetCell } from '../../../tests/support/xlsx-fixture';

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
      '1: the header row has no question column ("Question", "Question text" or "Stem"), fewer than 2 option columns ("Option 1".."Option 6", "Answer 1", "Ans1", "Choice 1" or "A".."F"), no correct column ("Correct", "Correct answer", "Correct ans", or "Answer" beside option columns); it names the columns "Prompt", "Reply"',
    ]);
  });
});

describe('a hostile spreadsheet (the zips are written byte by byte in tests/support/hostile-zip.ts)', () => {
  const HIDDEN = [[2, 'Which planet is largest?', ['Mars', '*Jupiter']]];
  const refusal = async (xlsx: Uint8Array) => problems((await readBankFile('x.xlsx', xlsx)).errors);

  it('reads a sheet written with a data descriptor when its directory record is there, as LibreOffice writes them', async () => {
    expect(shown(await readBankFile('x.xlsx', hostileXlsx({ dataDescriptor: true })))).toEqual(HIDDEN);
  });

  it('never reads a sheet that only a local header names: the issue 18 bomb is refused before a byte of it is inflated', async () => {
    const message = '1: the spreadsheet\'s directory has no first sheet "xl/worksheets/sheet1.xml"; nothing was read';
    // 1 MiB: a reader that streams local headers imports the question hidden in it.
    expect(await refusal(dataDescriptorBombXlsx(1024 * 1024))).toEqual([message]);
    // 64 MiB in 66 KB: such a reader inflates it all, and a 3 GiB one aborted the process.
    const bomb = dataDescriptorBombXlsx(64 * 1024 * 1024);
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    expect(await refusal(bomb)).toEqual([message]);
  });

  it('refuses a sheet that lies about its size or checksum, or is packed with a method other than stored and deflate', async () => {
    const entry = '1: the spreadsheet holds an entry "xl/worksheets/sheet1.xml" that';
    expect(await refusal(hostileXlsx({ directory: { size: 100 } }))).toEqual([`${entry} unpacks to more than the 100 bytes it declares; nothing was read`]);
    expect(await refusal(hostileXlsx({ directory: { crc: 1 } }))).toEqual([`${entry} fails its checksum (CRC-32): the file is damaged; nothing was read`]);
    expect(await refusal(hostileXlsx({ method: 14 }))).toEqual([`${entry} is packed with LZMA, which Cramjam cannot unpack (only stored and deflate); nothing was read`]);
  });

  it('inflates only the parts the first sheet needs, so a large picture does not count against the limit', async () => {
    const picture = { name: 'xl/media/image1.png', content: deflatedSpaces('', 41 * 1024 * 1024, '') };
    expect(shown(await readBankFile('x.xlsx', buildZip([...xlsxEntries(), picture])))).toEqual(HIDDEN);
  });

  it('reads a sheet with a whitespace run of megabytes, which the library alone spent a minute on and then refused', async () => {
    const spaced = (where: 'in a cell' | 'between tags') => {
      const parts = unzipSync(kahoot([[1, 'Which planet is largest?', 'Mars', 'Jupiter', null, null, 20, 2]]));
      const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
      const run = ' '.repeat(3 * 1024 * 1024);
      parts['xl/worksheets/sheet1.xml'] = strToU8(where === 'in a cell' ? sheet.replace('largest?', `largest?${run}`) : sheet.replace('<sheetData>', `<sheetData>${run}`));
      return zipSync(parts);
    };
    for (const where of ['in a cell', 'between tags'] as const) {
      expect(shown(await readBankFile('spaced.xlsx', spaced(where)))).toEqual([[5, 'Which planet is largest?', ['Mars', '*Jupiter']]]);
    }
  });
});
