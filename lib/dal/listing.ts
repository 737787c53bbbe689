import 'server-only';
import { count, eq, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, sections, users } from '@/db/schema';
import { cardColumns, cardJoins, newestFirst, toCard } from './mappers';
import type { ArticleCard, Page } from './types';

/** Article cards matching `where` (a condition on `articles` alone), newest first. */
export async function listCards(where: SQL | undefined, limit: number, offset = 0): Promise<ArticleCard[]> {
  const db = await getDb();
  if (offset > 0) {
    // A page deep in the archive: its ids from the index alone, then only their cards, instead of joining
    // every story before it.
    const page = db
      .select({ id: articles.id })
      .from(articles)
      .where(where)
      .orderBy(...newestFirst)
      .limit(limit)
      .offset(offset)
      .as('page');
    const rows = await db
      .select(cardColumns)
      .from(page)
      .innerJoin(articles, eq(articles.id, page.id))
      .innerJoin(sections, cardJoins.section)
      .leftJoin(users, cardJoins.author)
      .orderBy(...newestFirst);
    return rows.map(toCard);
  }
  const rows = await db
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, cardJoins.section)
    .leftJoin(users, cardJoins.author)
    .where(where)
    .orderBy(...newestFirst)
    .limit(limit)
    .offset(offset);
  return rows.map(toCard);
}

/** One page of cards. A page past the end comes back empty with the real page count. */
export async function listPaged(where: SQL | undefined, page: number, pageSize: number): Promise<Page<ArticleCard>> {
  const db = await getDb();
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(articles).where(where);
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  if (page > totalPages) return { items: [], page, totalPages, total };
  return { items: await listCards(where, pageSize, (page - 1) * pageSize), page, totalPages, total };
}
