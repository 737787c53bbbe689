import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const DATABASE = {
  group: ['@/db', '@/db/*', '**/db', '**/db/*', 'drizzle-orm', 'drizzle-orm/*', 'pg'],
  message: 'Only the data layer (lib/dal) talks to the database. Read and write through lib/dal; domain types live in lib/domain.',
};
const DATA_LAYER_VALUES = {
  group: ['@/lib/dal', '@/lib/dal/*', '@/lib/dal/**'],
  allowTypeImports: true,
  message: 'Components take their data as props: import only types from lib/dal, and let the page (app/) read the data.',
};
/** Reader pages fetch a linked page when the reader reaches for the link, not when it scrolls into view. */
const NEXT_LINK = { name: 'next/link', message: 'On reader pages use ReaderLink (components/ui/ReaderLink): it prefetches on intent, not on sight.' };
const READER_FILES = ['app/(site)/**', 'app/not-found.tsx', 'app/global-not-found.tsx', 'components/**'];
const NOT_READER_FILES = ['components/admin/**', 'components/ui/ReaderLink.tsx'];

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    ignores: ['**/.next/**', 'node_modules/**', '.data/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    // CommonJS modules, loaded by Next.js outside the app bundle (next.config.js, the page cache handler, the security headers).
    files: ['**/*.cjs', 'next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // The layers (DESIGN.md): only the data layer, the database itself, scripts and tests talk to the
  // database; routes, components and the rest of lib go through lib/dal (domain types: lib/domain).
  {
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'instrumentation.ts'],
    ignores: ['lib/dal/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [DATABASE] }] },
  },
  {
    files: READER_FILES,
    ignores: ['components/**', ...NOT_READER_FILES],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [DATABASE], paths: [NEXT_LINK] }] },
  },
  // Components draw what they are given: types from the data layer, never its functions.
  {
    files: ['components/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [DATABASE, DATA_LAYER_VALUES] }] },
  },
  {
    files: ['components/**'],
    ignores: NOT_READER_FILES,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [DATABASE, DATA_LAYER_VALUES], paths: [NEXT_LINK] }] },
  },
];

export default config;
