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
  // Components draw what they are given: types from the data layer, never its functions.
  {
    files: ['components/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [DATABASE, DATA_LAYER_VALUES] }] },
  },
];

export default config;
