import { describe, expect, it } from 'vitest';
import { staleBuildProject } from '../tests/support/stale-build-project';

describe('npm start (scripts/build-if-stale.mjs) builds', () => {
  it('nothing when the build is newer than every source and holds the phone page', () => {
    const project = staleBuildProject();
    project.file('public/phone/manifest.json', '{}');
    expect(project.run()).toBe('build is up to date');
  });

  it("all when the phone's page is missing (next build run alone, or public/phone/ cleaned)", () => {
    expect(staleBuildProject().run()).toBe('NEXT_TELEMETRY_DISABLED=1 npm run build');
  });

  it("all when the script that bundles the phone's page changed", () => {
    const project = staleBuildProject();
    project.file('public/phone/manifest.json', '{}');
    project.file('scripts/build-phone.mjs', '// changed', new Date(Date.now() + 60_000));
    expect(project.run()).toBe('NEXT_TELEMETRY_DISABLED=1 npm run build');
  });
});
