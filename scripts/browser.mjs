// Where the e2e tests find Chromium: Playwright's own build when installed,
// else Debian's package (Playwright cannot download browsers on our machines).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function chromiumExecutable() {
  const own = chromium.executablePath();
  if (own && existsSync(own)) return undefined; // Playwright's default is fine
  return DEBIAN_CHROMIUM;
}
