import 'server-only';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { articles, liveEntries, users } from '@/db/schema';
import { cacheProfiles, cacheTags } from '@/lib/cache-tags';
import { markdownToText, renderMarkdown } from '@/lib/content/markdown';
import { keyEventHtml, liveEntryHtml, liveStatusHtml, type LiveEntryView } from '@/lib/content/live-html';
import { liveTimes } from '@/lib/time/live-times';
import type { LiveMessage } from '@/lib/live/protocol';
import { readLiveCursor } from './live-cursor';
import type { LiveEventRow } from './live';

/** The label that makes a story a live blog. */
export const LIVE_KIND = 'Live';

type EntryRow = {
  id: number;
  title: string;
  body: string;
  pinned: boolean;
  authorName: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export function entryView(row: EntryRow): LiveEntryView {
  return {
    id: row.id,
    title: row.title,
    bodyHtml: renderMarkdown(row.body),
    text: markdownToText(row.body),
    pinned: row.pinned,
    authorName: row.authorName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const entryColumns = {
  id: liveEntries.id,
  title: liveEntries.title,
  body: liveEntries.body,
  pinned: liveEntries.pinned,
  authorName: users.name,
  createdAt: liveEntries.createdAt,
  updatedAt: liveEntries.updatedAt,
};

/** A live blog's entries, newest first, with the live stream's position when they were read. */
export async function getLiveBlog(articleId: number): Promise<{ entries: LiveEntryView[]; liveCursor: number }> {
  'use cache';
  cacheLife(cacheProfiles.comments);
  cacheTag(cacheTags.liveBlog(articleId));
  const db = await getDb();
  const liveCursor = await readLiveCursor(db);
  const rows = await db
    .select(entryColumns)
    .from(liveEntries)
    .leftJoin(users, eq(liveEntries.authorId, users.id))
    .where(and(eq(liveEntries.articleId, articleId), isNull(liveEntries.deletedAt)))
    .orderBy(desc(liveEntries.createdAt), desc(liveEntries.id))
    .limit(500);
  return { entries: rows.map(entryView), liveCursor };
}

/** Entries and live-blog state changes as messages, keyed by event id; only for published live blogs. */
export async function describeLiveBlogEvents(events: LiveEventRow[]): Promise<Map<number, LiveMessage[]>> {
  const out = new Map<number, LiveMessage[]>();
  if (events.length === 0) return out;
  const db = await getDb();
  const entryIds = events.filter((e) => e.kind === 'entry' && e.ref !== null).map((e) => e.ref!);
  const articleIds = [...new Set(events.map((e) => e.articleId).filter((id): id is number => id !== null))];
  const [entryRows, articleRows] = await Promise.all([
    entryIds.length
      ? db
          .select({ ...entryColumns, articleId: liveEntries.articleId, deletedAt: liveEntries.deletedAt })
          .from(liveEntries)
          .leftJoin(users, eq(liveEntries.authorId, users.id))
          .where(inArray(liveEntries.id, entryIds))
      : Promise.resolve([]),
    db
      .select({ id: articles.id, status: articles.status, kind: articles.kind, liveEndedAt: articles.liveEndedAt })
      .from(articles)
      .where(inArray(articles.id, articleIds)),
  ]);
  const live = new Map(articleRows.filter((a) => a.status === 'published' && a.kind === LIVE_KIND).map((a) => [a.id, a]));
  const entries = new Map(entryRows.map((e) => [e.id, e]));
  for (const event of events) {
    if (event.articleId === null || !live.has(event.articleId)) continue;
    if (event.kind === 'article') {
      const endedAt = live.get(event.articleId)!.liveEndedAt;
      out.set(event.id, [
        {
          type: 'live-status',
          articleId: event.articleId,
          ended: endedAt !== null,
          html: liveStatusHtml(endedAt !== null, endedAt?.toISOString() ?? null, liveTimes),
        },
      ]);
      continue;
    }
    const entry = event.ref === null ? undefined : entries.get(event.ref);
    if (!entry) continue;
    const deleted = entry.deletedAt !== null;
    out.set(event.id, [
      {
        type: 'entry',
        articleId: event.articleId,
        id: entry.id,
        pinned: entry.pinned,
        deleted,
        createdAt: entry.createdAt.toISOString(),
        html: deleted ? '' : liveEntryHtml(entryView(entry), liveTimes),
        keyEvent: !deleted && entry.pinned ? keyEventHtml(entryView(entry), liveTimes) : null,
      },
    ]);
  }
  return out;
}
