// CSV with a header row -> raw questions (the columns read are listed in table.ts).
// Comma, semicolon or tab separated, as spreadsheets save it; parsed by csv-parse.
import { CsvError, parse } from 'csv-parse/sync';
import { MAX_QUESTIONS } from '../check-input';
import type { RawBank } from './raw-bank';
import { MAX_TABLE_ROWS, readTable, type TableRow } from './table';

/**
 * The separator that splits the header and the first row alike most often: a
 * question may hold commas in a semicolon file, and Kahoot's headers hold commas.
 */
export function delimiterOf(text: string): string {
  const lines = text.split('\n', 3).slice(0, 2);
  const score = (mark: string) => Math.min(...lines.map((line) => line.split(mark).length));
  return [',', ';', '\t'].map((mark) => ({ mark, score: score(mark) })).sort((a, b) => b.score - a.score)[0]!.mark;
}

export function readCsv(text: string): RawBank {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // Stops one record past the most a table may have (rows of empty cells not counted): a 5 MiB file of
    // 655,348 short rows took csv-parse 6.6 s and 480 MB, for a file refused anyway.
    const options = { info: true, bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true, to: MAX_TABLE_ROWS + 1 };
    records = parse(text, { ...options, delimiter: delimiterOf(text) }) as unknown as typeof records;
  } catch (error) {
    const line = error instanceof CsvError ? Number((error as CsvError & { lines?: number }).lines ?? 1) : 1;
    return { description: '', questions: [], errors: [{ line, message: `not a readable CSV file: ${(error as Error).message}` }], warnings: [] };
  }
  if (records.length > MAX_TABLE_ROWS) {
    return { description: '', questions: [], errors: [{ line: 1, message: `the CSV file has over ${MAX_TABLE_ROWS} rows; a bank may hold at most ${MAX_QUESTIONS} questions: split the file` }], warnings: [] };
  }
  // A record starts as many lines above its last as its quoted cells hold line-break characters (csv-parse counts
  // CR and LF each); blank and empty-cell rows between records count too.
  const rows: TableRow[] = records.map(({ record, info }) => ({ line: info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/[\r\n]/g)?.length ?? 0), 0), cells: record }));
  return readTable(rows, 'CSV');
}
