import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PhoneAssets } from './phone-page';

let found: PhoneAssets | undefined;

/**
 * The phone bundle's files, named by the manifest that scripts/build-phone.mjs
 * writes (npm run build, before Next.js builds). Kept once found; null while it
 * is missing (a `next build` run alone), and looked for again on the next
 * request, so building the phone's page needs no restart.
 */
export async function phoneAssets(root = process.cwd()): Promise<PhoneAssets | null> {
  if (found) return found;
  try {
    found = JSON.parse(await readFile(path.join(root, 'public', 'phone', 'manifest.json'), 'utf8')) as PhoneAssets;
    return found;
  } catch {
    return null;
  }
}
