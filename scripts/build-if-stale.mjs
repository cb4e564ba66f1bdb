// `npm start` serves the production build; rebuild it only when a source file
// is newer than the last build, so a restart takes a second, not a build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const marker = path.join(root, '.next', 'BUILD_ID');
// The phone's page is built apart from Next.js (npm run build's prebuild): a build without it is no build.
const phoneManifest = path.join(root, 'public', 'phone', 'manifest.json');
const inputs = ['app', 'server', 'public', 'next.config.mjs', 'postcss.config.mjs', 'package-lock.json', 'tsconfig.json', 'scripts/build-phone.mjs'];
const skip = new Set(['node_modules', 'generated', '.next']);

function newest(p) {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(p)) if (!skip.has(entry)) max = Math.max(max, newest(path.join(p, entry)));
  return max;
}

const built = existsSync(marker) && existsSync(phoneManifest) ? statSync(marker).mtimeMs : 0;
const changed = Math.max(...inputs.map((i) => newest(path.join(root, i))));
if (built && changed <= built) {
  console.log('build is up to date');
} else {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  // npm run build: the phone's page (prebuild), then Next.js.
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env });
  process.exit(result.status ?? 1);
}
