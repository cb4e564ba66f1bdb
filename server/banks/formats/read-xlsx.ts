// Kahoot's question spreadsheet (an .xlsx) -> raw questions, read from its first
// sheet by read-excel-file and then column by column as a CSV is (table.ts).
// The library only ever sees bytes we inflated ourselves: the parts it needs are
// read through the one zip reader (zip-entries.ts: central directory only, each
// bounded by its declared size and checked by its CRC) and handed to it in a
// fresh stored zip; its own Node reader streams local headers and would inflate
// an entry missing from the directory without bound.
// Formulas are never evaluated: a formula cell is read as the value the
// spreadsheet saved with it; one saved without a value keeps its row out, with
// the cell named, since reading it as empty would silently drop an option.
import { strFromU8, strToU8, zipSync } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import { withoutStrays } from '../../validation/safe-text';
import { MAX_BANK_BYTES } from '../check-input';
import type { RawBank } from './raw-bank';
import { findColumns, headerIndex, readColumns, readTable, type TableRow } from './table';
import type { Issue } from '../types';
import { MAX_UNZIPPED_BYTES } from './read-zip';
import { readEntry, ZipRefusal, zipEntries } from './zip-entries';

const MIB = 1024 * 1024;
const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/** read-excel-file's relationship types: "transitional" and "strict" OOXML. */
const RELATIONSHIP_TYPES = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/', 'http://purl.oclc.org/ooxml/officeDocument/relationships/'];

const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
/** A relationship's target as read-excel-file resolves it: from the root when it starts with "/", else under xl/. */
const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

/**
 * Reads the workbook, its relationships, then the first sheet, shared strings and
 * styles they name (as read-excel-file finds them), refusing once what they
 * declare passes MAX_UNZIPPED_BYTES. Nothing else is inflated.
 */
function readSheetParts(bytes: Uint8Array): { parts: Record<string, Uint8Array>; sheet: Uint8Array } {
  const entries = new Map(zipEntries(bytes, 'spreadsheet').map((entry) => [entry.name, entry]));
  const parts: Record<string, Uint8Array> = {};
  let unpacked = 0;
  const read = (name: string) => {
    const entry = entries.get(name);
    if (!entry || parts[name]) return parts[name];
    unpacked += entry.size;
    if (unpacked > MAX_UNZIPPED_BYTES) throw new ZipRefusal(`the spreadsheet unpacks to over ${MAX_UNZIPPED_BYTES / MIB} MiB; nothing was read`);
    return (parts[name] = readEntry(bytes, entry, 'spreadsheet'));
  };
  const workbook = strFromU8(read(WORKBOOK) ?? new Uint8Array());
  const relationships = [...strFromU8(read(WORKBOOK_RELS) ?? new Uint8Array()).matchAll(/<Relationship\b([^>]*)>/g)].map(([, attributes = '']) => ({
    id: attribute(attributes, 'Id'),
    type: attribute(attributes, 'Type') ?? '',
    target: attribute(attributes, 'Target'),
  }));
  const target = (kind: string, fallback: string) => {
    const found = relationships.findLast(({ type }) => RELATIONSHIP_TYPES.some((base) => type === base + kind))?.target;
    return found ? partPath(found) : fallback;
  };
  read(target('sharedStrings', 'xl/sharedStrings.xml'));
  read(target('styles', 'xl/styles.xml'));
  const id = /<sheet\b[^>]*\b\w+:id="([^"]+)"/.exec(workbook)?.[1];
  const sheetTarget = relationships.find((relationship) => relationship.id === id)?.target;
  const sheetPath = sheetTarget ? partPath(sheetTarget) : 'xl/worksheets/sheet1.xml';
  const sheet = read(sheetPath);
  if (!sheet) throw new ZipRefusal(`the spreadsheet's directory has no first sheet "${sheetPath}"; nothing was read`);
  return { parts, sheet };
}

/** Cell addresses ("D7") of the sheet's formulas that have no saved value or an error value. */
function unsavedFormulas(sheet: string): Set<string> {
  const cells = new Set<string>();
  for (const [, attributes = '', inner = ''] of sheet.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    if (!/<f\b/.test(inner)) continue;
    const saved = /<v>[^<]*<\/v>/.test(inner) && !/\bt="e"/.test(attributes);
    const ref = /\br="([A-Z]+\d+)"/.exec(attributes)?.[1];
    if (!saved && ref) cells.add(ref);
  }
  return cells;
}

/**
 * read-excel-file's XML parser takes a minute and then overflows its stack on a
 * whitespace run of a few MiB (1 MiB: 70 ms, 2 MiB: 61 s), in a text or between
 * tags; no bank needs such a run, so every run of 256 or more becomes one space.
 */
const LONG_WHITESPACE = /[ \t\r\n]{256,}/g;
const withShortWhitespace = (part: Uint8Array) => strToU8(strFromU8(part).replace(LONG_WHITESPACE, ' '));

/** The checked parts as a stored zip (nothing left to inflate) in an ArrayBuffer of its own, as read-excel-file takes it, and the unsaved formulas. */
function checkedSpreadsheet(bytes: Uint8Array): { zip: ArrayBuffer; unsaved: Set<string> } {
  const { parts, sheet } = readSheetParts(bytes);
  const zip = zipSync(Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, withShortWhitespace(part)])), { level: 0 });
  const own = zip.buffer instanceof ArrayBuffer && zip.byteOffset === 0 && zip.byteLength === zip.buffer.byteLength ? zip.buffer : new Uint8Array(zip).buffer;
  return { zip: own, unsaved: unsavedFormulas(strFromU8(sheet)) };
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
  let checked: ReturnType<typeof checkedSpreadsheet>;
  try {
    checked = checkedSpreadsheet(bytes);
  } catch (error) {
    if (error instanceof ZipRefusal) return refuse(error.message);
    throw error;
  }
  let data: unknown[][];
  try {
    data = await readSheet(checked.zip, 1);
  } catch (error) {
    return refuse(`not a readable .xlsx spreadsheet: ${(error as Error).message}`);
  }
  // A cell may hold what a text file could not (`&#0;` is a NUL, which Postgres refuses): dropped.
  const text = (value: unknown) => (value === null || value === undefined ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : withoutStrays(String(value)));
  const rows: TableRow[] = data.map((cells, index) => ({ line: index + 1, cells: cells.map(text) }));
  const header = rows[headerIndex(rows)];
  // Only the columns a question is read from: an unsaved formula numbering Kahoot's empty template rows keeps nothing out.
  const columns = header && findColumns(header.cells);
  const read = new Set(typeof columns === 'object' ? readColumns(columns) : []);
  const errors: Issue[] = [];
  const kept = rows.filter(({ line, cells }) => {
    const column = cells.findIndex((_, index) => read.has(index) && checked.unsaved.has(`${columnLetters(index)}${line}`));
    if (column < 0 || !header || line <= header.line) return true;
    const name = header.cells[column]?.split(/\s+[-–—]\s+/)[0]?.trim() || `column ${columnLetters(column)}`;
    errors.push({ line, question: line, message: `a formula in "${name}" (cell ${columnLetters(column)}${line}) with no saved value: Cramjam does not run formulas, so type the text` });
    return false;
  });
  const table = readTable(kept, 'spreadsheet');
  return { ...table, errors: [...errors, ...table.errors] };
}
