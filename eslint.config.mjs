import { builtinModules } from 'node:module';
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.next/', 'node_modules/', 'server/store/generated/', 'test-results/', 'playwright-report/', '.data/', 'next-env.d.ts', 'public/phone/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }] },
  },
  {
    // React rules for the React code only: `useTestDb()` in tests is not a hook.
    files: ['app/**/*.{ts,tsx}'],
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    // The phone's page is not a Next.js page (route.ts, bundled with Preact): its links are plain anchors.
    files: ['app/join/[[]code]/**/*.tsx'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // Code the phone's page runs on Preact (scripts/build-phone.mjs): props that preact/compat writes otherwise than React.
    files: ['app/join/[[]code]/**/*.tsx', 'app/components/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='autoFocus']", message: 'Preact only writes the attribute, which browsers mostly ignore: use ref={focusOnMount} (app/components/focus-on-mount.ts).' },
        { selector: "JSXAttribute[name.name='spellCheck'][value.type='JSXExpressionContainer']", message: 'preact/compat drops spellCheck={false}: write spellCheck="false".' },
      ],
    },
  },
  {
    // Browser-safe code: what the browser bundles (common/, the engine in server/game/, the shared
    // components, the phone's page and the other client components) must not pull in Node, the
    // database or the server's internals. `import type` stays allowed: it is erased.
    files: [
      'common/**/*.{ts,tsx}',
      'server/game/**/*.ts',
      'app/components/**/*.{ts,tsx}',
      'app/join/[[]code]/**/*.tsx',
      'app/host/[[]gameId]/**/*.tsx',
      'app/host/setup-form.tsx',
      'app/host/games/**/*.tsx',
      'app/review/**/*.{ts,tsx}',
      'app/lib/**/*.ts',
      'app/join-form.tsx',
      'app/played-games.tsx',
      'app/banks/new/bank-uploader.tsx',
    ],
    // The host's page.tsx is a server component (it reads the lobby's bank title), not bundled for the browser.
    ignores: ['**/*.test.ts', 'app/host/[[]gameId]/page.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `^(node:|(${builtinModules.join('|')})(/|$))`, message: 'Browser-safe code: no Node built-ins.', allowTypeImports: true },
            {
              regex: '(^@/server/|^(\\.\\./)+(server/)?)(store|realtime|cluster|http|banks)(/|$)|^@/server/(context|config|index)$',
              message: "Browser-safe code: the store and the server's internals stay on the server (import type is fine).",
              allowTypeImports: true,
            },
            { regex: '^(@prisma/|pg$|pg-|redis$|pino$|socket\\.io$)', message: 'Browser-safe code: no database, Redis, logger or Socket.IO server packages.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', fetch: 'readonly' } },
  },
);
