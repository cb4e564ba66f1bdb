// Builds the phone's page (/join/CODE) apart from Next.js: the same React
// components, bundled by esbuild with Preact in React's place, and the app's
// Tailwind stylesheet. A phone then loads about 40 KB of JavaScript instead of
// React and Next's App Router runtime (130 KB gzipped before any of our code).
// Output: public/phone/ with content-hashed names and manifest.json, which
// app/join/[code]/route.ts reads to write the page.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { build } from 'esbuild';
import postcss from 'postcss';
import tailwind from '@tailwindcss/postcss';

const root = path.resolve(import.meta.dirname, '..');
export const PHONE_DIR = path.join(root, 'public', 'phone');

export async function buildPhone() {
  rmSync(PHONE_DIR, { recursive: true, force: true });
  mkdirSync(PHONE_DIR, { recursive: true });
  const js = await build({
    absWorkingDir: root,
    entryPoints: { phone: 'app/join/[code]/phone-main.tsx' },
    bundle: true,
    splitting: true, // the markdown renderer stays a chunk of its own, loaded on first use
    format: 'esm',
    target: ['chrome111', 'edge111', 'firefox111', 'safari16.4'], // Next.js's own browser targets
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

  const source = readFileSync(path.join(root, 'app/globals.css'), 'utf8');
  const css = await postcss([tailwind({ base: root, optimize: { minify: true } })]).process(source, { from: path.join(root, 'app/globals.css') });
  const cssName = `phone-${createHash('sha256').update(css.css).digest('hex').slice(0, 8)}.css`;
  writeFileSync(path.join(PHONE_DIR, cssName), css.css);

  const manifest = { script: `/phone/${path.basename(entry)}`, preload, stylesheet: `/phone/${cssName}` };
  writeFileSync(path.join(PHONE_DIR, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = await buildPhone();
  console.log(`phone page built: ${manifest.script}, ${manifest.stylesheet}`);
}
