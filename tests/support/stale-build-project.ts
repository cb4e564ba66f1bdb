import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, onTestFinished } from 'vitest';

const HOUR_AGO = new Date(Date.now() - 3_600_000);

/**
 * For the tests of scripts/build-if-stale.mjs: a copy of it in a scratch project
 * whose Next.js build is newer than its sources (with no phone page until a test
 * writes public/phone/manifest.json), and a stand-in npm that says what it was
 * asked to run and whether Next.js's telemetry was off.
 */
export function staleBuildProject() {
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
  file('bin/npm', '#!/bin/sh\necho "NEXT_TELEMETRY_DISABLED=$NEXT_TELEMETRY_DISABLED npm $*"\n');
  copyFileSync('scripts/build-if-stale.mjs', path.join(dir, 'scripts', 'build-if-stale.mjs'));
  file('.next/BUILD_ID', 'x', new Date());
  /** Runs the copy, with telemetry not switched off by whoever runs the tests; returns what it printed. */
  const run = () => {
    const { NEXT_TELEMETRY_DISABLED: _unset, ...env } = process.env;
    const result = spawnSync(process.execPath, [path.join(dir, 'scripts', 'build-if-stale.mjs')], {
      env: { ...env, PATH: `${path.join(dir, 'bin')}${path.delimiter}${env.PATH}` },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout.trim();
  };
  return { file, run };
}
