// Reads a bank from disk with its curated options sidecar, if any. The only
// bank module that touches the file system; parsing itself stays pure.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseBankFile } from './index';
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

/** Rejects (ENOENT etc.) when the bank file itself can't be read. */
export async function loadBankFile(path: string): Promise<BankResult> {
  const bytes = await readFile(path);
  const curatedPath = curatedPathFor(path);
  const curatedText = await readIfExists(curatedPath);
  const curated = curatedText === undefined ? undefined : { file: curatedPath, text: curatedText };
  return parseBankFile(basename(path), bytes, { curated });
}
