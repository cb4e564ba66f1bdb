// Builds the phone's page (/join/CODE) apart from Next.js: the same React
// components, bundled by esbuild with Preact in React's place, and the app's
// Tailwind stylesheet. A phone then loads about 40 KB of JavaScript instead of
// React and Next's App Router runtime (130 KB gzipped before any of our code).
// Output: public/phone/ with content-hashed names and manifest.json, which
// app/join/[code]/route.ts reads to write the page.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { build } from 'esbuild';
import { transform } from 'lightningcss';
import postcss from 'postcss';
import tailwind from '@tailwindcss/postcss';

const root = path.resolve(import.meta.dirname, '..');
export const PHONE_DIR = path.join(root, 'public', 'phone');

/** Next.js's own browser targets (major, minor), for the script and the stylesheet alike; iOS Safari as Safari. */
const BROWSERS = { chrome: [111, 0], edge: [111, 0], firefox: [111, 0], safari: [16, 4], ios: [16, 4] };
const ESBUILD_TARGETS = Object.entries(BROWSERS).map(([name, [major, minor]]) => `${name}${major}${minor ? `.${minor}` : ''}`);
const CSS_TARGETS = Object.fromEntries(Object.entries(BROWSERS).map(([name, [major, minor]]) => [name === 'ios' ? 'ios_saf' : name, (major << 16) | (minor << 8)]));

/**
 * The app's Tailwind stylesheet for those browsers. Tailwind leaves light-dark()
 * to the bundler (Next.js lowers it), and Safari before 17.5 and Chrome before
 * 123 drop a colour written with it: every theme colour of globals.css would be
 * lost there, so Lightning CSS lowers it here as Next.js does.
 */
export async function phoneStylesheet() {
  const from = path.join(root, 'app/globals.css');
  const css = await postcss([tailwind({ base: root, optimize: { minify: true } })]).process(readFileSync(from, 'utf8'), { from });
  return transform({ filename: from, code: Buffer.from(css.css), minify: true, targets: CSS_TARGETS }).code.toString();
}

export async function buildPhone() {
  rmSync(PHONE_DIR, { recursive: true, force: true });
  mkdirSync(PHONE_DIR, { recursive: true });
  const js = await build({
    absWorkingDir: root,
    entryPoints: { phone: 'app/join/[code]/phone-main.tsx' },
    bundle: true,
    splitting: true, // the markdown renderer stays a chunk of its own, loaded on first use
    format: 'esm',
    target: ESBUILD_TARGETS,
    minify: true,
    outdir: PHONE_DIR,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: {
      react: 'preact/compat',
      'react-dom': 'preact/compat',
      'react-dom/client': 'preact/compat/client',
      'react/jsx-runtime': 'preact/jsx-runtime',
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  const [entry, output] = Object.entries(js.metafile.outputs).find(([, out]) => out.entryPoint) ?? [];
  if (!entry || !output) throw new Error('esbuild wrote no entry for the phone');
  // The chunks the entry imports up front are fetched beside it, not after it.
  const preload = output.imports.filter((i) => i.kind === 'import-statement').map((i) => `/phone/${path.basename(i.path)}`);

  const css = await phoneStylesheet();
  const cssName = `phone-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
  writeFileSync(path.join(PHONE_DIR, cssName), css);

  const manifest = { script: `/phone/${path.basename(entry)}`, preload, stylesheet: `/phone/${cssName}` };
  writeFileSync(path.join(PHONE_DIR, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = await buildPhone();
  console.log(`phone page built: ${manifest.script}, ${manifest.stylesheet}`);
}
