import { prepareDatabase } from './prepare-database';

async function main() {
  const db = await prepareDatabase({ seed: 'always' });
  const r = db.seeded!;
  console.log(`Demo content: ${r.articles} articles, ${r.comments} comments and ${r.users} users added (existing ones kept).`);
  await db.server?.stop();
}
void main();
