// Kahoot's question spreadsheet (an .xlsx) -> raw questions, read from its first
// sheet by read-excel-file and then column by column as a CSV is (table.ts).
// Formulas are never evaluated: a formula cell is read as the value the
// spreadsheet saved with it; one saved without a value keeps its row out, with
// the cell named, since reading it as empty would silently drop an option.
import readXlsxFile from 'read-excel-file/node';
import { strFromU8, unzipSync } from 'fflate';
import { withoutStrays } from '../safe-text';
import { MAX_BANK_BYTES } from './check-input';
import type { RawBank } from './parse';
import { headerIndex, readTable, type TableRow } from './table';
import type { Issue } from './types';
import { MAX_UNZIPPED_BYTES } from './zip';

const MIB = 1024 * 1024;

/** Cell addresses ("D7") of the first sheet's formulas that have no saved value or an error value. */
function unsavedFormulas(bytes: Uint8Array): Set<string> {
  const parts = unzipSync(bytes, { filter: (file) => /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels)$/.test(file.name) });
  const workbook = strFromU8(parts['xl/workbook.xml'] ?? new Uint8Array());
  const rels = strFromU8(parts['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
  const id = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  const target = id && new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*\\bTarget="([^"]+)"`).exec(rels)?.[1];
  const path = target ? target.replace(/^\/?(xl\/)?/, 'xl/') : 'xl/worksheets/sheet1.xml';
  const sheet = strFromU8(unzipSync(bytes, { filter: (file) => file.name === path })[path] ?? new Uint8Array());
  const cells = new Set<string>();
  for (const [, attributes = '', inner = ''] of sheet.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    if (!/<f\b/.test(inner)) continue;
    const saved = /<v>[^<]*<\/v>/.test(inner) && !/\bt="e"/.test(attributes);
    const ref = /\br="([A-Z]+\d+)"/.exec(attributes)?.[1];
    if (!saved && ref) cells.add(ref);
  }
  return cells;
}

/** 0 -> "A", 26 -> "AA": a column's name in cell addresses. */
export function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const refuse = (message: string): RawBank => ({ description: '', questions: [], errors: [{ line: 1, message }], warnings: [] });

export async function readXlsx(bytes: Uint8Array): Promise<RawBank> {
  if (bytes.byteLength > MAX_BANK_BYTES) return refuse(`the spreadsheet is ${(bytes.byteLength / MIB).toFixed(1)} MiB; it may be at most ${MAX_BANK_BYTES / MIB} MiB`);
  // A zip bomb is refused by the sizes its entries declare, before anything is inflated.
  let unpacked = 0;
  let unsaved: Set<string>;
  try {
    unzipSync(bytes, { filter: (file) => ((unpacked += file.originalSize), false) });
    if (unpacked > MAX_UNZIPPED_BYTES) return refuse(`the spreadsheet unpacks to over ${MAX_UNZIPPED_BYTES / MIB} MiB; nothing was read`);
    unsaved = unsavedFormulas(bytes);
  } catch (error) {
    return refuse(`not a readable .xlsx spreadsheet: ${(error as Error).message}`);
  }
  let data: unknown[][];
  try {
    data = (await readXlsxFile(Buffer.from(bytes)))[0]?.data ?? [];
  } catch (error) {
    return refuse(`not a readable .xlsx spreadsheet: ${(error as Error).message}`);
  }
  // A cell may hold what a text file could not (`&#0;` is a NUL, which Postgres refuses): dropped.
  const text = (value: unknown) => (value === null || value === undefined ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : withoutStrays(String(value)));
  const rows: TableRow[] = data.map((cells, index) => ({ line: index + 1, cells: cells.map(text) }));
  const header = rows[headerIndex(rows)];
  const errors: Issue[] = [];
  const kept = rows.filter(({ line, cells }) => {
    const column = cells.findIndex((_, index) => unsaved.has(`${columnLetters(index)}${line}`));
    if (column < 0 || !header || line <= header.line) return true;
    const name = header.cells[column]?.split(/\s+[-–—]\s+/)[0]?.trim() || `column ${columnLetters(column)}`;
    errors.push({ line, question: line, message: `a formula in "${name}" (cell ${columnLetters(column)}${line}) with no saved value: Cramjam does not run formulas, so type the text` });
    return false;
  });
  const table = readTable(kept, 'spreadsheet');
  return { ...table, errors: [...errors, ...table.errors] };
}
