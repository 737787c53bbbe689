import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db';

/**
 * The newest event of the live stream. A cached read takes it before its own query, so what it shows
 * is at least as new as the position: a page's live client asks for everything after the smallest
 * position on the page and so misses nothing (it may get a change it already shows, and applies it again).
 */
export async function readLiveCursor(db: Database): Promise<number> {
  const result = await db.execute<{ id: string | null }>(sql`select max(id)::text as id from live_events`);
  return Number(result.rows[0]?.id ?? 0);
}
