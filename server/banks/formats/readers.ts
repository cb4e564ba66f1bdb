// Which reader reads a file: by its extension, and for .txt by its content.
// Every reader turns text into the same RawBank, so options, validation,
// partial import, preview, storage and export are shared by all formats.
import type { RawBank } from './raw-bank';
import type { Reading } from '../readings';
import { readMarkdown } from './read-markdown';
import { readAiken } from './read-aiken';
import { readCsv } from './read-csv';
import { readGift } from './read-gift';

export interface Reader {
  /** the name shown in messages and previews */
  format: string;
  read(text: string, options: { single?: boolean; reading?: Reading }): RawBank;
}

export const MARKDOWN: Reader = { format: 'markdown', read: readMarkdown };
const GIFT: Reader = { format: 'GIFT', read: readGift };
const AIKEN: Reader = { format: 'Aiken', read: readAiken };
const CSV: Reader = { format: 'CSV', read: readCsv };

/** The file name endings a bank may have (a .zip holds files of these kinds). */
export const BANK_EXTENSIONS = ['.md', '.markdown', '.gift', '.txt', '.csv'];

/** GIFT answers in braces ("{=right ~wrong}", "{T}") against Aiken's "ANSWER: B" lines. */
function readerForText(text: string): Reader {
  if (/^\s*ANSWER:\s*[A-J]\b/m.test(text)) return AIKEN;
  if (/\{\s*(?:[=~]|T\s*\}|F\s*\}|TRUE\s*\}|FALSE\s*\})/i.test(text)) return GIFT;
  return MARKDOWN;
}

export function readerFor(fileName: string, text: string): Reader {
  const extension = /\.[^.]*$/.exec(fileName.toLowerCase())?.[0] ?? '';
  if (extension === '.gift') return GIFT;
  if (extension === '.csv') return CSV;
  if (extension === '.txt') return readerForText(text);
  return MARKDOWN;
}
