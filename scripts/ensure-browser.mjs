// Makes sure the e2e tests have a browser on a fresh machine: installs Debian's
// chromium with apt when running as root and neither browser is present.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumExecutable, DEBIAN_CHROMIUM } from './browser.mjs';

const wanted = chromiumExecutable();
if (!wanted || existsSync(wanted)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`No browser for the e2e tests: install Chromium (sudo apt-get install -y chromium) or run "npx playwright install chromium".`);
  process.exit(1);
}
console.log('Installing Debian chromium for the e2e tests...');
const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
if (run(['update', '-qq']).status !== 0 || run(['install', '-y', '-qq', 'chromium']).status !== 0 || !existsSync(DEBIAN_CHROMIUM)) {
  console.error('Could not install chromium with apt-get.');
  process.exit(1);
}
