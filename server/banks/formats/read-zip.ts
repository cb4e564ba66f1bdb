// A zip of bank files (one question per markdown file, or GIFT/Aiken/CSV files)
// and the images they link -> the files to read, through the one zip reader
// (zip-entries.ts). Refused: paths that climb out ("../x") or start at the root,
// more than MAX_ZIP_FILES entries, and anything whose declared unpacked size
// passes the limits (a zip bomb is refused before it is inflated, and no entry
// inflates past the size it declares).
import { MAX_BANK_BYTES } from '../check-input';
import type { BankFile } from '../read-bank';
import { IMAGE_EXTENSIONS, type ImageFile } from '../images';
import { BANK_EXTENSIONS } from './readers';
import type { Issue } from '../types';
import { readEntry, ZipRefusal, zipEntries, type ZipEntry } from './zip-entries';

export const MAX_ZIP_BYTES = 20 * 1024 * 1024;
/** Everything a zip may unpack to, all files together. */
export const MAX_UNZIPPED_BYTES = 40 * 1024 * 1024;
const MAX_ZIP_FILES = 6000;

const endsWithOneOf = (name: string, extensions: string[]) => extensions.some((extension) => name.toLowerCase().endsWith(extension));
/** macOS and editor litter, never part of a bank. */
const isLitter = (name: string) => /(^|\/)(__MACOSX|\.DS_Store|\.git)(\/|$)|(^|\/)\._/.test(name);

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/** Why nothing may be inflated, judged by names and by the sizes the chosen entries declare. */
function refusalBeforeInflating(entries: ZipEntry[], chosen: ZipEntry[]): string | undefined {
  const outside = entries.find(({ name }) => name.split(/[\\/]/).includes('..') || /^([\\/]|[A-Za-z]:)/.test(name));
  if (outside) return `the zip holds "${outside.name}", a path outside the zip; nothing was read`;
  if (chosen.length > MAX_ZIP_FILES) return `the zip holds over ${MAX_ZIP_FILES} bank files`;
  const tooBig = chosen.find(({ size }) => size > MAX_BANK_BYTES);
  if (tooBig) return `"${tooBig.name}" unpacks to ${(tooBig.size / 1024 / 1024).toFixed(1)} MiB; a bank file may be at most ${MAX_BANK_BYTES / 1024 / 1024} MiB`;
  if (chosen.reduce((total, { size }) => total + size, 0) > MAX_UNZIPPED_BYTES) return `the zip unpacks to over ${MAX_UNZIPPED_BYTES / 1024 / 1024} MiB; nothing was read`;
  return undefined;
}

export function readZip(bytes: Uint8Array): { files: BankFile[]; images: ImageFile[]; errors: Issue[]; warnings: Issue[] } {
  const refuse = (message: string) => ({ files: [], images: [], errors: [{ line: 1, message }], warnings: [] });
  if (bytes.byteLength > MAX_ZIP_BYTES) return refuse(`the zip is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB; a zip may be at most ${MAX_ZIP_BYTES / 1024 / 1024} MiB`);
  let read: { name: string; data: Uint8Array }[];
  let skipped: string[];
  try {
    const entries = zipEntries(bytes, 'zip').filter(({ name }) => !name.endsWith('/'));
    const chosen: ZipEntry[] = [];
    skipped = [];
    for (const entry of entries.filter(({ name }) => !isLitter(name))) {
      if (endsWithOneOf(entry.name, [...BANK_EXTENSIONS, ...IMAGE_EXTENSIONS])) chosen.push(entry);
      else skipped.push(entry.name);
    }
    const refusal = refusalBeforeInflating(entries, chosen);
    if (refusal) return refuse(refusal);
    read = chosen.map((entry) => ({ name: entry.name, data: readEntry(bytes, entry, 'zip') }));
  } catch (error) {
    if (error instanceof ZipRefusal) return refuse(error.message);
    throw error;
  }
  const files: BankFile[] = [];
  const images: ImageFile[] = [];
  const errors: Issue[] = [];
  for (const { name, data } of read) {
    if (endsWithOneOf(name, IMAGE_EXTENSIONS)) {
      images.push({ path: name, bytes: data });
      continue;
    }
    try {
      files.push({ name, text: new TextDecoder('utf-8', { fatal: true }).decode(data) });
    } catch {
      errors.push({ file: name, line: 1, message: 'not UTF-8 text; a bank file must be saved as UTF-8' });
    }
  }
  const warnings = skipped.length
    ? [{ line: 1, message: `${skipped.length} files that are not bank files were left out (for example "${skipped[0]}")` }]
    : [];
  if (files.length === 0 && errors.length === 0) return refuse(`the zip holds no bank files (${BANK_EXTENSIONS.join(', ')})`);
  return { files, images, errors, warnings };
}
