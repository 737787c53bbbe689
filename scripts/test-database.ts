/**
 * A fresh, migrated, seeded database for a test run: `<name>_<suffix>` next to DATABASE_URL's database,
 * or `newshub_<suffix>` on the embedded server. Dropped and re-created each run.
 */
import { Client, Pool } from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { env } from '../lib/env';
import * as schema from '../db/schema';
import { ensureEmbeddedServer, type EmbeddedServer } from '../db/embedded';
import { runMigrations } from '../db/migrate';
import { seedDemoContent } from '../db/seed';

export async function freshTestDatabase(suffix: string): Promise<{ url: string; server?: EmbeddedServer }> {
  let url: URL;
  let server: EmbeddedServer | undefined;
  if (env.DATABASE_URL) {
    url = new URL(env.DATABASE_URL);
    const base = decodeURIComponent(url.pathname.slice(1)) || 'newshub';
    url.pathname = `/${base}_${suffix}`;
  } else {
    server = await ensureEmbeddedServer();
    url = new URL(server.urlFor(`newshub_${suffix}`));
  }
  const name = url.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsupported test database name: ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  await runMigrations(url.toString());
  const pool = new Pool({ connectionString: url.toString(), max: 2 });
  try {
    await seedDemoContent(drizzle(pool, { schema }), { demoAccounts: true });
  } finally {
    await pool.end();
  }
  return { url: url.toString(), server };
}
