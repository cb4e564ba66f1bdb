// CSV with a header row -> raw questions (the columns read are listed in table.ts).
// Comma, semicolon or tab separated, as spreadsheets save it; parsed by csv-parse.
import { CsvError, parse } from 'csv-parse/sync';
import type { RawBank } from './parse';
import { readTable, type TableRow } from './table';

/**
 * The separator that splits the header and the first row alike most often: a
 * question may hold commas in a semicolon file, and Kahoot's headers hold commas.
 */
function delimiterOf(text: string): string {
  const lines = text.split('\n', 3).slice(0, 2);
  const score = (mark: string) => Math.min(...lines.map((line) => line.split(mark).length));
  return [',', ';', '\t'].map((mark) => ({ mark, score: score(mark) })).sort((a, b) => b.score - a.score)[0]!.mark;
}

export function readCsv(text: string): RawBank {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, bom: true, relax_column_count: true, skip_empty_lines: true, delimiter: delimiterOf(text) }) as unknown as typeof records;
  } catch (error) {
    const line = error instanceof CsvError ? Number((error as CsvError & { lines?: number }).lines ?? 1) : 1;
    return { description: '', questions: [], errors: [{ line, message: `not a readable CSV file: ${(error as Error).message}` }], warnings: [] };
  }
  let previousEnd = 0;
  const rows: TableRow[] = records.map(({ record, info }) => {
    const row = { line: previousEnd + 1, cells: record };
    previousEnd = info.lines;
    return row;
  });
  return readTable(rows, 'CSV');
}
