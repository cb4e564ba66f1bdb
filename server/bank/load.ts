// Reads a bank from disk: a file with its curated options sidecar, if any, or a
// folder of bank files (one question per markdown file). The only bank module
// that touches the file system; parsing itself stays pure.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseBankFile, parseBankFiles, type BankFile } from './index';
import { BANK_EXTENSIONS } from './readers';
import type { BankResult } from './types';

/** "banks/x.md" -> "banks/x.options.md" */
export function curatedPathFor(path: string): string {
  return `${path.replace(/\.(md|markdown)$/i, '')}.options.md`;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function folderFiles(root: string): Promise<BankFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && BANK_EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension)))
    .map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(paths.map(async (path) => ({ name: relative(root, path), text: await readFile(path, 'utf8') })));
}

/** Rejects (ENOENT etc.) when the bank file or folder itself can't be read. */
export async function loadBankFile(path: string): Promise<BankResult> {
  if ((await stat(path)).isDirectory()) return parseBankFiles(basename(path), await folderFiles(path));
  const bytes = await readFile(path);
  const curatedPath = curatedPathFor(path);
  const curatedText = /\.(md|markdown)$/i.test(path) ? await readIfExists(curatedPath) : undefined;
  const curated = curatedText === undefined ? undefined : { file: curatedPath, text: curatedText };
  return parseBankFile(basename(path), bytes, { curated });
}
