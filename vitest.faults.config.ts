import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The fault suite: NewsHub as `npm start` runs it, with its database paused and its processes killed
 * (tests/faults). Needs the production build and the embedded PostgreSQL, so it runs without DATABASE_URL.
 */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['tests/faults/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
