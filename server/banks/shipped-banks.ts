import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadBankFile } from './load';
import type { Db } from '../store/db';
import { importBank } from './store/banks';

export const CONTENT_DIR = path.resolve(import.meta.dirname, '../../content');

/**
 * Imports every bank shipped in content/ (idempotent: unchanged files write
 * nothing), so a fresh install has something to play. A broken shipped file
 * stops the start with its line-numbered errors rather than half-importing.
 */
export async function importShippedBanks(db: Db, dir = CONTENT_DIR): Promise<{ file: string; version: number; created: boolean }[]> {
  const files = (await readdir(dir)).filter((f) => /\.(md|markdown)$/i.test(f) && !/\.options\.md$/i.test(f)).sort();
  const imported = [];
  for (const file of files) {
    const result = await loadBankFile(path.join(dir, file));
    if (!result.bank) {
      const problems = result.errors.map((e) => `${e.file ?? `content/${file}`}:${e.line}: ${e.message}`).join('\n');
      throw new Error(`The shipped bank content/${file} has errors:\n${problems}`);
    }
    const bank = await importBank(db, result.bank, { origin: 'content', fileName: file });
    imported.push({ file, version: bank.version, created: bank.created });
  }
  return imported;
}
