import 'server-only';
import { and, eq, lte, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles } from '@/db/schema';
import type { ArticleStatus } from '@/lib/domain';
import { authorize, canPublish, canTransition, type Actor } from '@/lib/auth/permissions';
import { audit } from './audit';
import { fail, FORBIDDEN, NOT_FOUND, ok, type AdminCode, type Result } from '../result';

/** The workflow: draft → review → scheduled or published → unpublished, and the scheduler's publishing. */

export type Transitioned = { id: number; slug: string; status: ArticleStatus; sectionId: number };

const AUDIT_ACTION: Record<ArticleStatus, string> = {
  published: 'article.publish',
  archived: 'article.unpublish',
  scheduled: 'article.schedule',
  review: 'article.submit',
  draft: 'article.to-draft',
};

/** Moves an article through the workflow. Every move is written to the audit log. */
export async function transitionArticle(actor: Actor | null, id: number, to: ArticleStatus, publishAt?: Date): Promise<Result<Transitioned, AdminCode>> {
  const staff = authorize(actor, 'writer');
  if (!staff) return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx): Promise<Result<Transitioned, AdminCode>> => {
    const [current] = await tx.select().from(articles).where(eq(articles.id, id)).for('update');
    if (!current) return NOT_FOUND;
    if (!canTransition(staff, current.status, to)) return FORBIDDEN;
    if (!canPublish(staff) && current.authorId !== staff.id) return FORBIDDEN;
    const now = new Date();
    const republishing = to === 'published' && current.firstPublishedAt !== null;
    let publishedAt = current.publishedAt;
    // A story keeps the time it first went live; going live again after a takedown is an update.
    if (to === 'published') publishedAt = current.firstPublishedAt ?? now;
    if (to === 'scheduled') {
      if (!publishAt || publishAt.getTime() <= now.getTime() + 30_000) return fail('invalid', 'Choose a publication time in the future.');
      publishedAt = publishAt;
    }
    if (to === 'draft' || to === 'review') publishedAt = current.firstPublishedAt;
    await tx
      .update(articles)
      .set({ status: to, publishedAt, updatedAt: now, ...(republishing ? { revisedAt: now } : {}) })
      .where(eq(articles.id, id));
    await audit(
      tx,
      staff.id,
      AUDIT_ACTION[to],
      { type: 'article', id },
      { title: current.title, from: current.status, to, publishedAt: publishedAt?.toISOString() ?? null },
    );
    return ok({ id, slug: current.slug, status: to, sectionId: current.sectionId });
  });
}

/** Scheduled articles whose time has come, published now. Called by the in-process scheduler. */
export async function publishDueArticles(now = new Date()): Promise<{ id: number; slug: string }[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const due = await tx
      .update(articles)
      .set({
        status: 'published',
        updatedAt: now,
        // As when publishing by hand: the first publication time is kept, and a republication is an update.
        publishedAt: sql`coalesce(${articles.firstPublishedAt}, ${articles.publishedAt})`,
        revisedAt: sql`case when ${articles.firstPublishedAt} is null then ${articles.revisedAt} else ${now} end`,
      })
      .where(and(eq(articles.status, 'scheduled'), lte(articles.publishedAt, now)))
      .returning({ id: articles.id, slug: articles.slug, title: articles.title, authorId: articles.authorId });
    for (const a of due) await audit(tx, null, 'article.publish', { type: 'article', id: a.id }, { title: a.title, scheduled: true });
    return due.map(({ id, slug }) => ({ id, slug }));
  });
}
