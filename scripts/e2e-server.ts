/** The server Playwright tests run against: a production build on a fresh, seeded test database. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '../lib/env';
import { freshTestDatabase } from './test-database';
import { requireBuild, serveNext } from './serve';

async function main() {
  requireBuild();
  const db = await freshTestDatabase('e2e');
  // For stories that start a second instance with other settings on the same database (e2e/instance.ts).
  const dataDir = env.NEWSHUB_DATA_DIR ?? '.data/test';
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path.join(dataDir, 'e2e-database-url'), db.url);
  serveNext({ url: db.url, embedded: !env.DATABASE_URL, port: env.PORT ?? 3200, server: db.server });
}

void main();
