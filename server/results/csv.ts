/**
 * RFC 4180 CSV for spreadsheets: fields quoted when they hold a comma, semicolon,
 * tab, quote or line break (quotes doubled), CRLF between records, and a UTF-8 byte order
 * mark so Excel reads accents and emoji as UTF-8 rather than the local code page.
 */

export type CsvCell = string | number | null;

const BOM = '\uFEFF';
/** Semicolons and tabs too: spreadsheets in many locales split on them, and `a;=1+1` would become a formula cell. */
const NEEDS_QUOTES = /[",;\t\r\n]/;
/** A text cell starting like a formula would run as one in a spreadsheet (CSV injection): nicknames are anyone's input. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvDocument(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
