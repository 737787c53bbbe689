/**
 * `npm start`: the production path. Starts (or finds) the embedded PostgreSQL when DATABASE_URL is unset,
 * migrates, seeds the demo content on the embedded database, then serves the production build on PORT.
 */
import { env } from '../lib/env';
import { prepareDatabase } from './prepare-database';
import { requireBuild, serveNext } from './serve';

async function main() {
  requireBuild();
  const db = await prepareDatabase({ seed: 'auto' });
  if (db.seeded && db.seeded.articles > 0) console.log(`Seeded demo content: ${db.seeded.articles} articles, ${db.seeded.comments} comments.`);
  serveNext({ url: db.url, embedded: db.embedded, port: env.PORT ?? 3000, server: db.server });
}

void main();
