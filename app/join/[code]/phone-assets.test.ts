import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { phoneAssets } from './phone-assets';

it('a bundle built while the server runs is found on the next request, without a restart', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'cramjam-phone-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  expect(await phoneAssets(root)).toBeNull();
  const manifest = { script: '/phone/phone-AB12CD34.js', preload: [], stylesheet: '/phone/phone-ef567890.css' };
  mkdirSync(path.join(root, 'public', 'phone'), { recursive: true });
  writeFileSync(path.join(root, 'public', 'phone', 'manifest.json'), JSON.stringify(manifest));
  expect(await phoneAssets(root)).toEqual(manifest);
});
