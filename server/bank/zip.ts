// A zip of bank files (one question per markdown file, or GIFT/Aiken/CSV files)
// and the images they link -> the files to read, with fflate. Refused: paths that climb out ("../x") or
// start at the root, more than MAX_ZIP_FILES entries, and anything whose declared
// unpacked size passes the limits (a zip bomb is refused before it is inflated;
// fflate inflates into a buffer of the declared size, so a lying header can't grow it).
import { unzipSync } from 'fflate';
import { MAX_BANK_BYTES } from './check-input';
import type { BankFile } from './index';
import { IMAGE_EXTENSIONS, type ImageFile } from './images';
import { BANK_EXTENSIONS } from './readers';
import type { Issue } from './types';

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

export function readZip(bytes: Uint8Array): { files: BankFile[]; images: ImageFile[]; errors: Issue[]; warnings: Issue[] } {
  const refuse = (message: string) => ({ files: [], images: [], errors: [{ line: 1, message }], warnings: [] });
  if (bytes.byteLength > MAX_ZIP_BYTES) return refuse(`the zip is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB; a zip may be at most ${MAX_ZIP_BYTES / 1024 / 1024} MiB`);
  let refusal: string | undefined;
  let total = 0;
  let count = 0;
  const skipped: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        const name = file.name;
        if (refusal || name.endsWith('/')) return false;
        if (name.split(/[\\/]/).includes('..') || /^([\\/]|[A-Za-z]:)/.test(name)) {
          refusal = `the zip holds "${name}", a path outside the zip; nothing was read`;
          return false;
        }
        if (isLitter(name)) return false;
        if (!endsWithOneOf(name, [...BANK_EXTENSIONS, ...IMAGE_EXTENSIONS])) {
          skipped.push(name);
          return false;
        }
        count++;
        total += file.originalSize;
        if (count > MAX_ZIP_FILES) refusal = `the zip holds over ${MAX_ZIP_FILES} bank files`;
        else if (file.originalSize > MAX_BANK_BYTES) refusal = `"${name}" unpacks to ${(file.originalSize / 1024 / 1024).toFixed(1)} MiB; a bank file may be at most ${MAX_BANK_BYTES / 1024 / 1024} MiB`;
        else if (total > MAX_UNZIPPED_BYTES) refusal = `the zip unpacks to over ${MAX_UNZIPPED_BYTES / 1024 / 1024} MiB; nothing was read`;
        return !refusal;
      },
    });
  } catch (error) {
    return refuse(`not a readable zip file: ${(error as Error).message}`);
  }
  if (refusal) return refuse(refusal);
  const files: BankFile[] = [];
  const images: ImageFile[] = [];
  const errors: Issue[] = [];
  for (const [name, data] of Object.entries(entries)) {
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
