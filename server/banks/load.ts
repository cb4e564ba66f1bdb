// Reads a bank from disk: a file with its curated options sidecar, if any, or a
// folder of bank files (one question per markdown file), for the CLI, the shipped
// banks and the tests. The reader's one way to the file system: reading itself
// stays pure (index.ts).
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { readBankFolder, type BankFile } from './read-bank';
import { readBankFile } from './index';
import { IMAGE_EXTENSIONS, type ImageFile } from './images';
import { BANK_EXTENSIONS } from './formats/readers';
import type { Reading } from './readings';
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

/** The folder's files whose names end with one of `extensions`, with their paths relative to it. */
async function folderPaths(root: string, extensions: string[]): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.toLowerCase().endsWith(extension)))
    .map((entry) => join(entry.parentPath, entry.name));
}

async function folderFiles(root: string): Promise<BankFile[]> {
  const paths = await folderPaths(root, BANK_EXTENSIONS);
  return Promise.all(paths.map(async (path) => ({ name: relative(root, path), text: await readFile(path, 'utf8') })));
}

async function folderImages(root: string): Promise<ImageFile[]> {
  const paths = await folderPaths(root, IMAGE_EXTENSIONS);
  return Promise.all(paths.map(async (path) => ({ path: relative(root, path), bytes: new Uint8Array(await readFile(path)) })));
}

/** Rejects (ENOENT etc.) when the bank file or folder itself can't be read. */
export async function loadBankFile(path: string, reading?: Reading): Promise<BankResult> {
  if ((await stat(path)).isDirectory()) return readBankFolder(basename(path), await folderFiles(path), { images: await folderImages(path), reading });
  const bytes = await readFile(path);
  const curatedPath = curatedPathFor(path);
  const curatedText = /\.(md|markdown)$/i.test(path) ? await readIfExists(curatedPath) : undefined;
  const curated = curatedText === undefined ? undefined : { file: curatedPath, text: curatedText };
  return readBankFile(basename(path), bytes, { curated, reading });
}
