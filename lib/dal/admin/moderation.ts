import 'server-only';
import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, commentReports, comments, moderationSettings, users, type PremoderationMode } from '@/db/schema';
import { canModerate, type Actor } from '@/lib/auth/permissions';
import { excerpt } from '@/lib/content/excerpt';
import { audit } from './audit';
import { FORBIDDEN, type AdminFailure } from './failures';
import { readModerationSettings, type ModerationSettings } from '../moderation-settings';
import { endAllSessions } from '../sessions';

export type Queue = 'pending' | 'reported' | 'hidden';

export type QueueItem = {
  id: number;
  body: string;
  excerpt: string;
  status: string;
  heldReason: string | null;
  reportCount: number;
  reasons: string[];
  createdAt: string;
  author: { id: string; name: string; banned: boolean } | null;
  article: { id: number; slug: string; title: string };
};

export async function moderationQueue(actor: Actor | null, queue: Queue): Promise<QueueItem[] | AdminFailure> {
  if (!canModerate(actor)) return FORBIDDEN;
  const db = await getDb();
  const where =
    queue === 'pending'
      ? eq(comments.status, 'pending')
      : queue === 'hidden'
        ? eq(comments.status, 'hidden')
        : and(eq(comments.status, 'published'), gt(comments.reportCount, 0));
  const rows = await db
    .select({
      id: comments.id,
      body: comments.body,
      status: comments.status,
      heldReason: comments.heldReason,
      reportCount: comments.reportCount,
      createdAt: comments.createdAt,
      authorId: users.id,
      authorName: users.name,
      bannedAt: users.bannedAt,
      articleId: articles.id,
      slug: articles.slug,
      title: articles.title,
    })
    .from(comments)
    .innerJoin(articles, eq(comments.articleId, articles.id))
    .leftJoin(users, eq(comments.userId, users.id))
    .where(where)
    .orderBy(queue === 'reported' ? desc(comments.reportCount) : desc(comments.createdAt))
    .limit(200);
  const reasons = rows.length
    ? await db
        .select({ commentId: commentReports.commentId, reason: commentReports.reason })
        .from(commentReports)
        .where(
          and(
            inArray(
              commentReports.commentId,
              rows.map((r) => r.id),
            ),
            sql`${commentReports.resolvedAt} is null`,
          ),
        )
    : [];
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    excerpt: excerpt(r.body, 280),
    status: r.status,
    heldReason: r.heldReason,
    reportCount: r.reportCount,
    reasons: reasons.filter((x) => x.commentId === r.id).map((x) => x.reason),
    createdAt: r.createdAt.toISOString(),
    author: r.authorId ? { id: r.authorId, name: r.authorName ?? '', banned: r.bannedAt !== null } : null,
    article: { id: r.articleId, slug: r.slug, title: r.title },
  }));
}

export type ModerationDecision = 'approve' | 'hide' | 'delete';

/** Approve, hide or delete comments (one or many). Returns the articles whose threads changed. */
export async function moderateComments(
  actor: Actor | null,
  ids: number[],
  decision: ModerationDecision,
): Promise<{ ok: true; articleIds: number[]; count: number } | AdminFailure> {
  if (!canModerate(actor)) return FORBIDDEN;
  const unique = [...new Set(ids)].filter((id) => Number.isInteger(id) && id > 0).slice(0, 500);
  if (unique.length === 0) return { ok: false, code: 'invalid', message: 'Select at least one comment.' };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await tx
      .select({ id: comments.id, status: comments.status, userId: comments.userId, articleId: comments.articleId })
      .from(comments)
      .where(inArray(comments.id, unique))
      .for('update');
    const status = decision === 'approve' ? 'published' : decision === 'hide' ? 'hidden' : 'deleted';
    const now = new Date();
    await tx
      .update(comments)
      .set({ status, moderatedAt: now, moderatedBy: actor!.id, ...(decision === 'approve' ? { reportCount: 0 } : {}) })
      .where(inArray(comments.id, unique));
    await tx
      .update(commentReports)
      .set({ resolvedAt: now })
      .where(and(inArray(commentReports.commentId, unique), sql`${commentReports.resolvedAt} is null`));
    // Trust: approvals count towards a reader's standing, removals against it.
    for (const c of before) {
      if (!c.userId || c.status === status) continue;
      if (decision === 'approve' && c.status !== 'published')
        await tx
          .update(users)
          .set({ approvedComments: sql`${users.approvedComments} + 1` })
          .where(eq(users.id, c.userId));
      if (decision !== 'approve')
        await tx
          .update(users)
          .set({ rejectedComments: sql`${users.rejectedComments} + 1` })
          .where(eq(users.id, c.userId));
    }
    for (const c of before) await audit(tx, actor!.id, `comment.${decision}`, { type: 'comment', id: c.id }, { from: c.status, articleId: c.articleId });
    return { ok: true as const, articleIds: [...new Set(before.map((c) => c.articleId))], count: before.length };
  });
}

export async function setBan(actor: Actor | null, userId: string, banned: boolean, reason = ''): Promise<{ ok: true; articleIds: number[] } | AdminFailure> {
  if (!canModerate(actor)) return FORBIDDEN;
  if (userId === actor!.id) return { ok: false, code: 'invalid', message: 'You can’t ban yourself.' };
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [target] = await tx.select({ role: users.role, name: users.name }).from(users).where(eq(users.id, userId)).for('update');
    if (!target) return { ok: false as const, code: 'not-found' as const, message: 'That user no longer exists.' };
    // Editors moderate readers; only admins can ban staff.
    if (target.role !== 'reader' && actor!.role !== 'admin') return FORBIDDEN;
    await tx
      .update(users)
      .set({ bannedAt: banned ? new Date() : null, banReason: banned ? reason.slice(0, 300) : null })
      .where(eq(users.id, userId));
    // A ban ends every session, so lifting it later does not bring old tokens back.
    if (banned) await endAllSessions(tx, userId);
    await audit(tx, actor!.id, banned ? 'user.ban' : 'user.unban', { type: 'user', id: userId }, { name: target.name, reason });
    const touched = await tx.selectDistinct({ articleId: comments.articleId }).from(comments).where(eq(comments.userId, userId));
    return { ok: true as const, articleIds: touched.map((t) => t.articleId) };
  });
}

export async function getSettings(actor: Actor | null): Promise<ModerationSettings | AdminFailure> {
  if (!canModerate(actor)) return FORBIDDEN;
  return readModerationSettings(await getDb());
}

export async function updateSettings(
  actor: Actor | null,
  values: ModerationSettings & { premoderation: PremoderationMode },
): Promise<{ ok: true } | AdminFailure> {
  if (!canModerate(actor)) return FORBIDDEN;
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .insert(moderationSettings)
      .values({ id: 1, ...values, updatedAt: new Date(), updatedBy: actor!.id })
      .onConflictDoUpdate({ target: moderationSettings.id, set: { ...values, updatedAt: new Date(), updatedBy: actor!.id } });
    await audit(tx, actor!.id, 'settings.moderation', { type: 'settings', id: 'moderation' }, values);
  });
  return { ok: true };
}
