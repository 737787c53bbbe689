import 'server-only';
import { and, count, desc, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, sections, users } from '@/db/schema';
import type { ArticleStatus } from '@/lib/domain';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { FORBIDDEN, ok, type Result } from '../result';

/** The newsroom's list of stories, its filters, and the choices its forms offer. */

export type AdminArticleRow = {
  id: number;
  slug: string;
  title: string;
  status: ArticleStatus;
  sectionName: string;
  authorName: string | null;
  authorId: string | null;
  publishedAt: string | null;
  updatedAt: string;
  featured: boolean;
};

export type ArticleFilters = { status?: ArticleStatus; section?: string; author?: string; q?: string; page: number };

export const ADMIN_PAGE_SIZE = 25;

export async function listArticlesForNewsroom(actor: Actor | null, filters: ArticleFilters): Promise<Result<{ rows: AdminArticleRow[]; total: number }>> {
  if (!authorize(actor, 'writer')) return FORBIDDEN;
  const db = await getDb();
  const where: SQL[] = [];
  if (filters.status) where.push(eq(articles.status, filters.status));
  if (filters.section) where.push(inArray(articles.sectionId, db.select({ id: sections.id }).from(sections).where(eq(sections.slug, filters.section))));
  if (filters.author) where.push(eq(articles.authorId, filters.author));
  if (filters.q) where.push(ilike(articles.title, `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const condition = where.length ? and(...where) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(articles).where(condition);
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      sectionName: sections.name,
      authorName: users.name,
      authorId: articles.authorId,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      featured: articles.featured,
    })
    .from(articles)
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .leftJoin(users, eq(articles.authorId, users.id))
    .where(condition)
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((filters.page - 1) * ADMIN_PAGE_SIZE);
  return ok({
    total,
    rows: rows.map((r) => ({ ...r, publishedAt: r.publishedAt?.toISOString() ?? null, updatedAt: r.updatedAt.toISOString() })),
  });
}

/** Members of staff, for the author field (empty for anyone else). */
export async function staffOptions(actor: Actor | null): Promise<{ id: string; name: string }[]> {
  if (!authorize(actor, 'writer')) return [];
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.role, ['writer', 'editor', 'admin']))
    .orderBy(users.name);
}

export async function sectionOptions(actor: Actor | null): Promise<{ id: number; slug: string; name: string }[]> {
  if (!authorize(actor, 'writer')) return [];
  const db = await getDb();
  return db.select({ id: sections.id, slug: sections.slug, name: sections.name }).from(sections).orderBy(sections.position);
}

/** Any article by its address, whatever its status, for the staff preview at that address. */
export async function getArticleIdBySlug(actor: Actor | null, slug: string): Promise<number | null> {
  if (!authorize(actor, 'writer')) return null;
  const db = await getDb();
  const [row] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).limit(1);
  return row?.id ?? null;
}
