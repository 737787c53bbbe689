import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { articles } from '@/db/schema';
import { cacheProfiles, cacheTags } from '@/lib/cache-tags';
import { listCards } from './listing';
import type { ArticleCard } from './types';

/**
 * The published stories read most in the last 24 hours, most first (ties: the newer story), from the
 * page-view counts. For the front page's "Most read"; cached for a few minutes like other reader reads.
 */
export async function getMostRead(limit = 5): Promise<(ArticleCard & { views: number })[]> {
  'use cache';
  cacheLife(cacheProfiles.audience);
  cacheTag(cacheTags.articles);
  const db = await getDb();
  const since = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 23 * 3_600_000);
  const counted = await db.execute<{ article_id: number; views: number }>(sql`
    select v.article_id, sum(v.views)::int as views
      from page_views v join articles a on a.id = v.article_id
     where v.hour >= ${since.toISOString()}::timestamptz and a.status = 'published'
     group by v.article_id, a.published_at
     order by views desc, a.published_at desc
     limit ${Math.min(Math.max(1, Math.trunc(limit)), 20)}`);
  if (counted.rows.length === 0) return [];
  const cards = await listCards(
    inArray(
      articles.id,
      counted.rows.map((c) => c.article_id),
    ),
    counted.rows.length,
  );
  const byId = new Map(cards.map((card) => [card.id, card]));
  return counted.rows.flatMap(({ article_id, views }) => {
    const card = byId.get(article_id);
    return card ? [{ ...card, views }] : [];
  });
}
