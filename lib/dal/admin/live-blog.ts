import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, liveEntries, users } from '@/db/schema';
import { authorize, canPublish, type Actor } from '@/lib/auth/permissions';
import { LIVE_KIND } from '@/lib/dal/live-blog';
import { audit } from './audit';
import { fail, FORBIDDEN, NOT_FOUND, ok, type AdminCode, type Result } from '../result';

export type NewsroomLiveEntry = {
  id: number;
  title: string;
  body: string;
  pinned: boolean;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
  updatedAt: string;
};

type EntryInput = { title: string; body: string; pinned: boolean };

async function liveArticle(articleId: number) {
  const db = await getDb();
  const [row] = await db
    .select({ id: articles.id, kind: articles.kind, status: articles.status, slug: articles.slug, liveEndedAt: articles.liveEndedAt })
    .from(articles)
    .where(eq(articles.id, articleId))
    .limit(1);
  return row ?? null;
}

/** The entries of a live blog, newest first, for the newsroom (deleted ones left out). */
export async function listLiveEntries(actor: Actor | null, articleId: number): Promise<Result<NewsroomLiveEntry[], AdminCode>> {
  if (!authorize(actor, 'writer')) return FORBIDDEN;
  const db = await getDb();
  const rows = await db
    .select({
      id: liveEntries.id,
      title: liveEntries.title,
      body: liveEntries.body,
      pinned: liveEntries.pinned,
      authorId: liveEntries.authorId,
      authorName: users.name,
      createdAt: liveEntries.createdAt,
      updatedAt: liveEntries.updatedAt,
    })
    .from(liveEntries)
    .leftJoin(users, eq(liveEntries.authorId, users.id))
    .where(and(eq(liveEntries.articleId, articleId), isNull(liveEntries.deletedAt)))
    .orderBy(desc(liveEntries.createdAt), desc(liveEntries.id))
    .limit(500);
  return ok(rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() })));
}

/** Any member of staff adds entries to a live blog that is running; readers see them at once if it is published. */
export async function addLiveEntry(actor: Actor | null, articleId: number, input: EntryInput): Promise<Result<{ id: number }, AdminCode>> {
  const staff = authorize(actor, 'writer');
  if (!staff) return FORBIDDEN;
  const article = await liveArticle(articleId);
  if (!article) return NOT_FOUND;
  if (article.kind !== LIVE_KIND) return fail('invalid', 'Entries belong to live blogs: set the story’s label to Live first.');
  if (article.liveEndedAt) return fail('conflict', 'This live blog has ended. Reopen it to add entries.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(liveEntries)
      .values({ articleId, authorId: staff.id, title: input.title, body: input.body, pinned: input.pinned })
      .returning({ id: liveEntries.id });
    await audit(tx, staff.id, 'live.entry.add', { type: 'live-entry', id: row!.id }, { articleId, pinned: input.pinned });
    return ok({ id: row!.id });
  });
}

/** Writers change their own entries; editors and admins any. */
async function ownedEntry(actor: Actor | null, entryId: number): Promise<Result<{ staff: Actor; entry: { id: number; articleId: number } }, AdminCode>> {
  const staff = authorize(actor, 'writer');
  if (!staff) return FORBIDDEN;
  const db = await getDb();
  const [entry] = await db
    .select({ id: liveEntries.id, articleId: liveEntries.articleId, authorId: liveEntries.authorId, deletedAt: liveEntries.deletedAt })
    .from(liveEntries)
    .where(eq(liveEntries.id, entryId))
    .limit(1);
  if (!entry || entry.deletedAt) return NOT_FOUND;
  if (entry.authorId !== staff.id && !canPublish(staff)) return fail('forbidden', 'Writers can change only their own entries.');
  return ok({ staff, entry });
}

export async function updateLiveEntry(actor: Actor | null, entryId: number, input: EntryInput): Promise<Result<{ articleId: number }, AdminCode>> {
  const owned = await ownedEntry(actor, entryId);
  if (!owned.ok) return owned;
  const found = owned.value;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.update(liveEntries).set({ title: input.title, body: input.body, pinned: input.pinned, updatedAt: new Date() }).where(eq(liveEntries.id, entryId));
    await audit(tx, found.staff.id, 'live.entry.edit', { type: 'live-entry', id: entryId }, { articleId: found.entry.articleId });
    return ok({ articleId: found.entry.articleId });
  });
}

export async function pinLiveEntry(actor: Actor | null, entryId: number, pinned: boolean): Promise<Result<{ articleId: number }, AdminCode>> {
  const owned = await ownedEntry(actor, entryId);
  if (!owned.ok) return owned;
  const found = owned.value;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.update(liveEntries).set({ pinned }).where(eq(liveEntries.id, entryId));
    await audit(tx, found.staff.id, pinned ? 'live.entry.pin' : 'live.entry.unpin', { type: 'live-entry', id: entryId }, { articleId: found.entry.articleId });
    return ok({ articleId: found.entry.articleId });
  });
}

/** Deleted entries leave every open page; the row stays (marked) so the stream can say so. */
export async function deleteLiveEntry(actor: Actor | null, entryId: number): Promise<Result<{ articleId: number }, AdminCode>> {
  const owned = await ownedEntry(actor, entryId);
  if (!owned.ok) return owned;
  const found = owned.value;
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.update(liveEntries).set({ deletedAt: new Date() }).where(eq(liveEntries.id, entryId));
    await audit(tx, found.staff.id, 'live.entry.delete', { type: 'live-entry', id: entryId }, { articleId: found.entry.articleId });
    return ok({ articleId: found.entry.articleId });
  });
}

/** Editors end a live blog ("This live blog has ended") or reopen it. */
export async function setLiveEnded(actor: Actor | null, articleId: number, ended: boolean): Promise<Result<{ id: number; slug: string }, AdminCode>> {
  const editor = authorize(actor, 'editor');
  if (!editor) return FORBIDDEN;
  const article = await liveArticle(articleId);
  if (!article) return NOT_FOUND;
  if (article.kind !== LIVE_KIND) return fail('invalid', 'Only live blogs can be ended.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx
      .update(articles)
      .set({ liveEndedAt: ended ? new Date() : null })
      .where(eq(articles.id, articleId));
    await audit(tx, editor.id, ended ? 'live.end' : 'live.reopen', { type: 'article', id: articleId });
    return ok({ id: article.id, slug: article.slug });
  });
}
