import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** Tests over HTTP against the production build (run `next build` first); see tests/http/support/global-setup.ts. */
export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      'server-only': path.resolve(__dirname, 'tests/support/empty.ts'),
    },
  },
  test: {
    include: ['tests/http/**/*.test.ts'],
    globalSetup: ['tests/http/support/global-setup.ts'],
    setupFiles: ['tests/support/setup.ts', 'tests/http/support/setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
