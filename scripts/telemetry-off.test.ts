import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';

// Next.js collects telemetry only where it builds and in its dev server; the production
// server (npm start, and the e2e, cluster and bench servers) never starts it. So every
// command that runs `next` or server/index.ts sets NEXT_TELEMETRY_DISABLED=1 itself.

const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

/** The VAR=value words a shell command starts with. */
function leadingEnv(command: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const word of command.split(/\s+/)) {
    const assignment = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(word);
    if (!assignment) break;
    env[assignment[1]!] = assignment[2]!;
  }
  return env;
}

describe('Next.js telemetry is off', () => {
  it('in every npm script that runs next or the server', () => {
    const runningNext = Object.entries(scripts).filter(([, command]) => /(^|\s)next\s/.test(command) || command.includes('server/index.ts'));
    expect(runningNext.map(([name]) => name).sort()).toEqual(['build', 'dev', 'start']);
    for (const [name, command] of runningNext) expect(leadingEnv(command).NEXT_TELEMETRY_DISABLED, name).toBe('1');
  });

  // npm start, the e2e tests, the screenshots, the cluster tests and the benchmarks build through it.
  it('in the build that scripts/build-if-stale.mjs starts', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'cramjam-telemetry-'));
    onTestFinished(() => rmSync(scratch, { recursive: true, force: true }));
    // A copy with no build beside it is always stale; a stand-in npm reports what `npm run build` would get.
    mkdirSync(path.join(scratch, 'scripts'));
    copyFileSync('scripts/build-if-stale.mjs', path.join(scratch, 'scripts', 'build-if-stale.mjs'));
    mkdirSync(path.join(scratch, 'bin'));
    writeFileSync(path.join(scratch, 'bin', 'npm'), '#!/bin/sh\necho "NEXT_TELEMETRY_DISABLED=$NEXT_TELEMETRY_DISABLED $*"\n', { mode: 0o755 });
    const { NEXT_TELEMETRY_DISABLED: _unset, ...env } = process.env;
    const run = spawnSync(process.execPath, [path.join(scratch, 'scripts', 'build-if-stale.mjs')], {
      env: { ...env, PATH: `${path.join(scratch, 'bin')}${path.delimiter}${env.PATH}` },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('NEXT_TELEMETRY_DISABLED=1 run build');
  });
});
