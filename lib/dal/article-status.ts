import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles } from '@/db/schema';
import { isPublished } from './mappers';

/** Whether a published story has this address (uncached; for proxy.ts's early 404 on reply pages). */
export async function isPublishedSlug(slug: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, slug), isPublished))
    .limit(1);
  return Boolean(row);
}
