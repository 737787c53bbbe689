import 'server-only';
import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { articles, comments, sections, users } from '@/db/schema';
import { cacheProfiles, cacheTags } from '@/lib/cache-tags';
import { excerpt } from '@/lib/content/excerpt';
import { typographicProse } from '@/lib/content/typography';
import { buildThread, type ThreadRow } from '@/lib/content/thread';
import { readLiveCursor } from './live-cursor';
import { listCards } from './listing';
import type { ArticleCard, RecentComment, ThreadNode } from './types';

export const DELETED_USER = 'deleted user';

/**
 * Newest published comments on published articles: for the sidebar on every reader page, and for the
 * recent-comments pages, site-wide or in one section (by its slug).
 */
export async function getRecentComments(limit = 5, options: { sectionSlug?: string; excerptChars?: number } = {}): Promise<RecentComment[]> {
  return (await getRecentCommentsLive(limit, options)).comments;
}

/** The same, with the live stream's position when they were read (see lib/dal/live.ts). */
export async function getRecentCommentsLive(
  limit = 5,
  { sectionSlug, excerptChars = 120 }: { sectionSlug?: string; excerptChars?: number } = {},
): Promise<{ comments: RecentComment[]; liveCursor: number }> {
  'use cache';
  cacheLife(cacheProfiles.comments);
  cacheTag(cacheTags.recentComments);
  const db = await getDb();
  const liveCursor = await readLiveCursor(db);
  const rows = await db
    .select({
      id: comments.id,
      body: comments.body,
      createdAt: comments.createdAt,
      authorName: users.name,
      articleSlug: articles.slug,
      articleTitle: articles.title,
    })
    .from(comments)
    .innerJoin(articles, eq(comments.articleId, articles.id))
    .innerJoin(sections, eq(articles.sectionId, sections.id))
    .leftJoin(users, eq(comments.userId, users.id))
    .where(and(eq(comments.status, 'published'), eq(articles.status, 'published'), sectionSlug ? eq(sections.slug, sectionSlug) : undefined))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(Math.min(Math.max(1, Math.trunc(limit)), 50));
  return {
    liveCursor,
    comments: rows.map((r) => ({
      id: r.id,
      authorName: r.authorName ?? DELETED_USER,
      articleSlug: r.articleSlug,
      articleTitle: r.articleTitle,
      excerpt: typographicProse(excerpt(r.body, excerptChars), r.body),
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

/** The public thread of one article (published comments, with placeholders for removed parents). */
export async function getThread(articleId: number): Promise<ThreadNode[]> {
  return (await getConversation(articleId)).thread;
}

/** The thread with the live stream's position when it was read: the page's live client catches up from there. */
export async function getConversation(articleId: number): Promise<{ thread: ThreadNode[]; liveCursor: number }> {
  'use cache';
  cacheLife(cacheProfiles.comments);
  cacheTag(cacheTags.comments(articleId));
  const db = await getDb();
  const liveCursor = await readLiveCursor(db);
  const rows = await db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      authorId: comments.userId,
      authorName: users.name,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      recommends: comments.recommendCount,
      featuredAt: comments.featuredAt,
    })
    .from(comments)
    .leftJoin(users, eq(comments.userId, users.id))
    .where(and(eq(comments.articleId, articleId), inArray(comments.status, ['published', 'hidden', 'deleted'])));
  const thread = buildThread(rows.map(threadRow));
  return { thread, liveCursor };
}

type ThreadQueryRow = {
  id: number;
  parentId: number | null;
  authorId: string | null;
  authorName: string | null;
  body: string;
  status: string;
  createdAt: Date;
  editedAt: Date | null;
  recommends: number;
  featuredAt: Date | null;
};

/** A comment row as the thread builder takes it (also used by the live stream for single comments). */
export function threadRow(r: ThreadQueryRow): ThreadRow {
  return {
    id: r.id,
    parentId: r.parentId,
    authorId: r.authorId,
    authorName: r.authorName ?? DELETED_USER,
    body: r.body,
    status: r.status as ThreadRow['status'],
    createdAt: r.createdAt.toISOString(),
    editedAt: r.editedAt ? r.editedAt.toISOString() : null,
    recommends: r.recommends,
    featured: r.featuredAt !== null,
  };
}

/** Published comment counts for listings. */
export async function getCommentCounts(articleIds: number[]): Promise<Record<number, number>> {
  'use cache';
  cacheLife(cacheProfiles.comments);
  cacheTag(cacheTags.recentComments);
  if (articleIds.length === 0) return {};
  const db = await getDb();
  const rows = await db
    .select({ articleId: comments.articleId, n: sql<number>`count(*)::int` })
    .from(comments)
    .where(and(inArray(comments.articleId, articleIds), eq(comments.status, 'published')))
    .groupBy(comments.articleId);
  return Object.fromEntries(rows.map((r) => [r.articleId, r.n]));
}

/**
 * The stories readers are talking about: published stories by their published comments of the last
 * `days` days, most first (ties: the newer story). For the front page's "Most discussed".
 */
export async function getMostDiscussed(limit = 5, days = 14): Promise<(ArticleCard & { commentCount: number })[]> {
  'use cache';
  cacheLife(cacheProfiles.comments);
  cacheTag(cacheTags.recentComments, cacheTags.articles);
  const db = await getDb();
  const since = new Date(Date.now() - days * 86_400_000);
  const counted = await db
    .select({ articleId: comments.articleId, n: sql<number>`count(*)::int` })
    .from(comments)
    .innerJoin(articles, eq(comments.articleId, articles.id))
    .where(and(eq(comments.status, 'published'), eq(articles.status, 'published'), gte(comments.createdAt, since)))
    .groupBy(comments.articleId, articles.publishedAt)
    .orderBy(desc(sql`count(*)`), desc(articles.publishedAt))
    .limit(Math.min(Math.max(1, Math.trunc(limit)), 20));
  if (counted.length === 0) return [];
  const cards = await listCards(
    inArray(
      articles.id,
      counted.map((c) => c.articleId),
    ),
    counted.length,
  );
  const byId = new Map(cards.map((card) => [card.id, card]));
  return counted.flatMap(({ articleId, n }) => {
    const card = byId.get(articleId);
    return card ? [{ ...card, commentCount: n }] : [];
  });
}
