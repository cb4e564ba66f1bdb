import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { staleBuildProject } from '../tests/support/stale-build-project';

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
    expect(staleBuildProject().run()).toBe('NEXT_TELEMETRY_DISABLED=1 npm run build');
  });
});
