/** One fresh, migrated and seeded database per test run (embedded or beside DATABASE_URL). */
import type { TestProject } from 'vitest/node';
import { freshTestDatabase } from '../../scripts/test-database';

let stop: (() => Promise<void>) | undefined;

export async function setup(project: TestProject) {
  const db = await freshTestDatabase('unit');
  stop = db.server?.owned ? db.server.stop : undefined;
  project.provide('databaseUrl', db.url);
}

export async function teardown() {
  await stop?.();
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
