/**
 * The single database client of a process. Kept on globalThis so that every bundle of the app and
 * every dev reload share one pool. The first call resolves the server, applies migrations and, on the
 * embedded demo database, seeds demo content once.
 */
import { Pool } from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema';
import { resolveDatabase, describeDatabaseFailure } from './connection';
import { runMigrations } from './migrate';
import { env } from '../lib/env';

export type Database = NodePgDatabase<typeof schema>;

/** Bounds on every database call of the app (scripts such as the seed use their own clients). */
export const DB_TIMEOUTS = { connectMs: 3_000, statementMs: 4_000, queryMs: 4_500 } as const;

type Holder = { promise?: Promise<Database>; pool?: Pool; url?: string };
const holder = ((globalThis as { __newshubDb?: Holder }).__newshubDb ??= {});

async function open(): Promise<Database> {
  // A page that reads data while `next build` prerenders it is a bug: fail the build instead of needing a database.
  if (env.NEXT_PHASE === 'phase-production-build')
    throw new Error('The database was used during `next build`; keep reads behind request-time data or placeholders.');
  let resolved;
  try {
    resolved = await resolveDatabase();
    await runMigrations(resolved.url);
  } catch (error) {
    throw new Error(describeDatabaseFailure(error, Boolean(env.DATABASE_URL)), { cause: error });
  }
  const pool = new Pool({
    connectionString: resolved.url,
    max: 10,
    // A hung or paused database must not hang requests: waiting for a connection, a statement on the
    // server and the answer on the wire are each bounded, so a page answers "temporarily unavailable"
    // within about five seconds while cached pages keep being served. Clients whose query timed out
    // are discarded, and new ones connect once the database is back.
    connectionTimeoutMillis: DB_TIMEOUTS.connectMs,
    statement_timeout: DB_TIMEOUTS.statementMs,
    query_timeout: DB_TIMEOUTS.queryMs,
    idle_in_transaction_session_timeout: DB_TIMEOUTS.queryMs,
    keepAlive: true,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its server must not crash the process; the pool reconnects on the next query.
  pool.on('error', (error) => console.error('[db] idle client error:', error.message));
  holder.pool = pool;
  holder.url = resolved.url;
  const db = drizzle(pool, { schema });
  if (resolved.embedded || env.NEWSHUB_SEED === '1') {
    const { seedDemoContent } = await import('./seed');
    await seedDemoContent(db, { demoAccounts: resolved.embedded || env.NEWSHUB_DEMO_ACCOUNTS === '1' });
  }
  return db;
}

export function getDb(): Promise<Database> {
  holder.promise ??= open().catch((error) => {
    holder.promise = undefined; // try again on the next request once the database is back
    throw error;
  });
  return holder.promise;
}

/** The pool behind the client, for the few libraries that speak to pg directly (rate limiting). */
export async function getPool(): Promise<Pool> {
  await getDb();
  return holder.pool!;
}

/** Where the database is, for a connection of its own that outlives queries (the live stream's LISTEN). */
export async function getDatabaseUrl(): Promise<string> {
  await getDb();
  return holder.url!;
}

export async function closeDb(): Promise<void> {
  const pool = holder.pool;
  holder.promise = undefined;
  holder.pool = undefined;
  await pool?.end();
}

export { schema };
