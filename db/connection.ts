/**
 * Resolves which PostgreSQL to use: DATABASE_URL when set, otherwise the embedded server.
 * Shared by the app's client (db/index.ts) and the scripts.
 */
import { Client } from 'pg';
import { env } from '../lib/env';
import { EMBEDDED_DATABASE, ensureEmbeddedServer, type EmbeddedServer } from './embedded';

export type ResolvedDatabase = {
  url: string;
  embedded: boolean;
  server?: EmbeddedServer;
};

export async function resolveDatabase(databaseName = EMBEDDED_DATABASE): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false };
  const server = await ensureEmbeddedServer();
  const url = server.urlFor(databaseName);
  await createDatabaseIfMissing(url);
  return { url, embedded: true, server };
}

/** Creates the database named in `url` when the server lacks it (safe when two processes race). */
export async function createDatabaseIfMissing(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsupported database name: ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      try {
        await client.query(`create database "${name}"`);
      } catch (error) {
        if ((error as { code?: string }).code !== '42P04') throw error; // created meanwhile
      }
    }
  } finally {
    await client.end();
  }
}

/** One line that tells a person what to do when the database cannot be reached. */
export function describeDatabaseFailure(error: unknown, usingUrl: boolean): string {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return usingUrl
    ? `NewsHub cannot reach the database at DATABASE_URL (${detail}). Check that PostgreSQL 15+ is running and the URL is right, or unset DATABASE_URL to use the embedded database.`
    : `NewsHub could not start its embedded PostgreSQL (${detail}). Delete the .data folder to start afresh, or set DATABASE_URL to use another PostgreSQL.`;
}
