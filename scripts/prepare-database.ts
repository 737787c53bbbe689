/**
 * Resolves the database for a process that runs outside Next (start script, seed, tests), applies the
 * migrations, and seeds the demo content where asked. Prints one clear line on failure.
 */
import { Pool } from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { env } from '../lib/env';
import * as schema from '../db/schema';
import { resolveDatabase, describeDatabaseFailure, type ResolvedDatabase } from '../db/connection';
import { runMigrations } from '../db/migrate';
import { seedDemoContent, type SeedReport } from '../db/seed';

export async function prepareDatabase(options: {
  seed: 'auto' | 'always' | 'never';
  databaseName?: string;
}): Promise<ResolvedDatabase & { seeded?: SeedReport }> {
  let resolved: ResolvedDatabase;
  try {
    resolved = await resolveDatabase(options.databaseName);
    await runMigrations(resolved.url);
  } catch (error) {
    console.error(describeDatabaseFailure(error, Boolean(env.DATABASE_URL)));
    process.exit(1);
  }
  const shouldSeed = options.seed === 'always' || (options.seed === 'auto' && (resolved.embedded || env.NEWSHUB_SEED === '1'));
  if (!shouldSeed) return resolved;
  const pool = new Pool({ connectionString: resolved.url, max: 2 });
  try {
    const seeded = await seedDemoContent(drizzle(pool, { schema }), {
      demoAccounts: resolved.embedded || env.NEWSHUB_DEMO_ACCOUNTS === '1',
    });
    return { ...resolved, seeded };
  } finally {
    await pool.end();
  }
}
