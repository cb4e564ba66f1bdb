import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';

const HOUR_AGO = new Date(Date.now() - 3_600_000);

/**
 * A copy of scripts/build-if-stale.mjs in a scratch project whose Next.js build
 * is newer than its sources; a stand-in npm says whether it was asked to build.
 */
function scratchProject() {
  const dir = mkdtempSync(path.join(tmpdir(), 'cramjam-stale-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  /** Writes a file, dated an hour ago unless `at` says otherwise. */
  const file = (name: string, text = '', at = HOUR_AGO) => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text, { mode: 0o755 });
    utimesSync(path.join(dir, name), at, at);
  };
  file('app/page.tsx');
  file('scripts/build-phone.mjs');
  file('bin/npm', '#!/bin/sh\necho "npm $*"\n');
  copyFileSync('scripts/build-if-stale.mjs', path.join(dir, 'scripts', 'build-if-stale.mjs'));
  file('.next/BUILD_ID', 'x', new Date());
  const run = () => {
    const result = spawnSync(process.execPath, [path.join(dir, 'scripts', 'build-if-stale.mjs')], {
      env: { ...process.env, PATH: `${path.join(dir, 'bin')}${path.delimiter}${process.env.PATH}` },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout.trim();
  };
  return { file, run };
}

describe('npm start (scripts/build-if-stale.mjs) builds', () => {
  it('nothing when the build is newer than every source and holds the phone page', () => {
    const project = scratchProject();
    project.file('public/phone/manifest.json', '{}');
    expect(project.run()).toBe('build is up to date');
  });

  it("all when the phone's page is missing (next build run alone, or public/phone/ cleaned)", () => {
    expect(scratchProject().run()).toBe('npm run build');
  });

  it("all when the script that bundles the phone's page changed", () => {
    const project = scratchProject();
    project.file('public/phone/manifest.json', '{}');
    project.file('scripts/build-phone.mjs', '// changed', new Date(Date.now() + 60_000));
    expect(project.run()).toBe('npm run build');
  });
});
