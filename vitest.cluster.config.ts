import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The cluster suite: `npm run cluster` (nginx in front of three instances, embedded PostgreSQL, a Redis of
 * its own) driven as editors, readers and an operator would (tests/cluster). Needs the production build,
 * nginx and redis-server.
 */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['tests/cluster/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
