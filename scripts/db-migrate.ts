import { prepareDatabase } from './prepare-database';

async function main() {
  const db = await prepareDatabase({ seed: 'never' });
  console.log(`Migrations applied (${db.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}).`);
  await db.server?.stop();
}
void main();
