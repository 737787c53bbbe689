import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      // The marker package throws outside React Server Components; tests call the DAL directly.
      'server-only': path.resolve(__dirname, 'tests/support/empty.ts'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Suites with their own server: vitest.http.config.ts and vitest.faults.config.ts.
    exclude: ['tests/http/**', 'tests/faults/**', 'tests/cluster/**', 'node_modules/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/setup.ts'],
    // Auth.js imports Next.js entry points without their file extension, which only a bundler resolves.
    server: { deps: { inline: ['next-auth', '@auth/core'] } },
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
