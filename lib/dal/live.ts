import 'server-only';
import { asc, eq, gt, inArray, isNull, lt } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { articles, breakingNews, comments, liveEvents, users } from '@/db/schema';
import { cacheProfiles, cacheTags } from '@/lib/cache-tags';
import { buildThread } from '@/lib/content/thread';
import { commentItemHtml, featuredQuoteHtml } from '@/lib/content/thread-html';
import { bannerHtml, recentCommentHtml, type Banner } from '@/lib/content/live-html';
import { excerpt } from '@/lib/content/excerpt';
import { typographicProse } from '@/lib/content/typography';
import { siteTime } from '@/lib/time/site-time';
import type { LiveMessage } from '@/lib/live/protocol';
import { DELETED_USER, threadRow } from './comments';
import { readLiveCursor } from './live-cursor';
import { describeLiveBlogEvents } from './live-blog';

export type LiveEventRow = { id: number; kind: string; articleId: number | null; ref: number | null };
export type Outgoing = { id: number; message: LiveMessage };

const absoluteTime = (iso: string) => siteTime(iso, 'datetime');

export async function latestLiveEventId(): Promise<number> {
  return readLiveCursor(await getDb());
}

/** Events after `after`, oldest first, at most `limit`. */
export async function liveEventsAfter(after: number, limit: number): Promise<LiveEventRow[]> {
  const db = await getDb();
  return db
    .select({ id: liveEvents.id, kind: liveEvents.kind, articleId: liveEvents.articleId, ref: liveEvents.ref })
    .from(liveEvents)
    .where(gt(liveEvents.id, after))
    .orderBy(asc(liveEvents.id))
    .limit(limit);
}

/** Keeps a day of events: enough for any reader coming back to an open tab; older gaps reload instead. */
export async function pruneLiveEvents(olderThanMs = 86_400_000): Promise<void> {
  const db = await getDb();
  await db.delete(liveEvents).where(lt(liveEvents.createdAt, new Date(Date.now() - olderThanMs)));
}

/** The banner on every reader page, with the live stream's position when it was read. */
export async function getBreakingNews(): Promise<{ banner: Banner | null; liveCursor: number }> {
  'use cache';
  cacheLife(cacheProfiles.comments);
  cacheTag(cacheTags.breakingNews);
  const db = await getDb();
  const liveCursor = await readLiveCursor(db);
  return { banner: await activeBanner(), liveCursor };
}

async function activeBanner(): Promise<Banner | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: breakingNews.id, text: breakingNews.text, link: breakingNews.link, urgency: breakingNews.urgency })
    .from(breakingNews)
    .where(isNull(breakingNews.clearedAt))
    .limit(1);
  return row ?? null;
}

/**
 * What readers may learn of a batch of events, decided now from the rows as they are: a comment is sent
 * in full only while it is published on a published story; anything else is sent as an absence.
 * Several events for one thing are sent once, at the position of the last.
 */
export async function describeLiveEvents(events: LiveEventRow[]): Promise<Outgoing[]> {
  const last = new Map<string, LiveEventRow>();
  for (const event of events) last.set(`${event.kind}:${event.kind === 'banner' ? '' : (event.ref ?? event.articleId)}`, event);
  const latest = [...last.values()].sort((a, b) => a.id - b.id);
  const isComment = (e: LiveEventRow) => e.kind === 'comment' || e.kind === 'comment-meta';
  const commentIds = [...new Set(latest.filter((e) => isComment(e) && e.ref !== null).map((e) => e.ref!))];
  const [commentMessages, banner, blog] = await Promise.all([
    describeComments(commentIds),
    latest.some((e) => e.kind === 'banner') ? activeBanner() : Promise.resolve(null),
    describeLiveBlogEvents(latest.filter((e) => e.kind === 'entry' || e.kind === 'article')),
  ]);
  const out: Outgoing[] = [];
  for (const event of latest) {
    if (event.kind === 'comment') for (const message of commentMessages.get(event.ref!) ?? []) out.push({ id: event.id, message });
    // Recommendations and features change the comment on its story's pages, not the sidebar.
    else if (event.kind === 'comment-meta')
      for (const message of commentMessages.get(event.ref!) ?? []) {
        if (message.type !== 'recent' && message.type !== 'recent-gone') out.push({ id: event.id, message });
      }
    else if (event.kind === 'banner') out.push({ id: event.id, message: { type: 'banner', html: bannerHtml(banner) } });
    else for (const message of blog.get(event.id) ?? []) out.push({ id: event.id, message });
  }
  return out;
}

async function describeComments(ids: number[]): Promise<Map<number, LiveMessage[]>> {
  const messages = new Map<number, LiveMessage[]>();
  if (ids.length === 0) return messages;
  const db = await getDb();
  const rows = await db
    .select({
      id: comments.id,
      articleId: comments.articleId,
      parentId: comments.parentId,
      authorId: comments.userId,
      authorName: users.name,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      recommends: comments.recommendCount,
      featuredAt: comments.featuredAt,
      articleSlug: articles.slug,
      articleTitle: articles.title,
      articleStatus: articles.status,
    })
    .from(comments)
    .innerJoin(articles, eq(comments.articleId, articles.id))
    .leftJoin(users, eq(comments.userId, users.id))
    .where(inArray(comments.id, ids));
  for (const row of rows) {
    const { id, articleId, parentId } = row;
    if (row.articleStatus !== 'published') {
      messages.set(id, [{ type: 'recent-gone', id }]);
      continue;
    }
    const thread = row.status === 'pending' ? null : nodeOf(row);
    if (row.status === 'published' && thread) {
      const createdAt = row.createdAt.toISOString();
      messages.set(id, [
        {
          type: 'comment',
          articleId,
          id,
          parentId,
          html: commentItemHtml(thread, { absoluteTime }),
          recommends: row.recommends,
          quote: thread.featured ? featuredQuoteHtml(thread, { absoluteTime }) : null,
        },
        {
          type: 'recent',
          id,
          createdAt,
          html: recentCommentHtml(
            {
              id,
              authorName: row.authorName ?? DELETED_USER,
              articleSlug: row.articleSlug,
              articleTitle: row.articleTitle,
              excerpt: typographicProse(excerpt(row.body, 120), row.body),
              createdAt,
            },
            { absoluteTime },
          ),
        },
      ]);
    } else if (thread) {
      messages.set(id, [
        { type: 'comment-removed', articleId, id, html: commentItemHtml(thread, { absoluteTime }) },
        { type: 'recent-gone', id },
      ]);
    } else {
      messages.set(id, [
        { type: 'comment-gone', articleId, id },
        { type: 'recent-gone', id },
      ]);
    }
  }
  return messages;
}

/**
 * One comment as the thread would show it, alone: a removed or deleted one as its placeholder (the
 * thread keeps it only above replies, and the browser decides that). Built as if it had no parent,
 * since the thread builder drops replies whose parent it was not given.
 */
function nodeOf(row: Parameters<typeof threadRow>[0]) {
  const alone = { ...threadRow(row), parentId: null };
  const reply = { ...alone, id: -1, parentId: row.id, status: 'published' as const };
  const [node] = buildThread(row.status === 'published' ? [alone] : [alone, reply]);
  return node ? { ...node, parentId: row.parentId, replies: [] } : null;
}
