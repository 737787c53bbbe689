/** The server Playwright tests run against: a production build on a fresh, seeded test database. */
import { env } from '../lib/env';
import { freshTestDatabase } from './test-database';
import { requireBuild, serveNext } from './serve';

async function main() {
  requireBuild();
  const db = await freshTestDatabase('e2e');
  serveNext({ url: db.url, embedded: !env.DATABASE_URL, port: env.PORT ?? 3200, server: db.server });
}

void main();
