import 'server-only';
import { and, desc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, commentReports, comments, moderationSettings, users } from '@/db/schema';
import type { PremoderationMode } from '@/lib/domain';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { excerpt } from '@/lib/content/excerpt';
import { audit } from './audit';
import { fail, FORBIDDEN, ok, type AdminCode, type Result } from '../result';
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

/** Narrows a queue to one story and/or one commenter. */
export type QueueFilter = { articleId?: number; authorId?: string };

export async function moderationQueue(actor: Actor | null, queue: Queue, filter: QueueFilter = {}): Promise<Result<QueueItem[]>> {
  if (!authorize(actor, 'editor')) return FORBIDDEN;
  const db = await getDb();
  const where: SQL[] = [
    queue === 'pending'
      ? eq(comments.status, 'pending')
      : queue === 'hidden'
        ? eq(comments.status, 'hidden')
        : and(eq(comments.status, 'published'), gt(comments.reportCount, 0))!,
  ];
  if (filter.articleId) where.push(eq(comments.articleId, filter.articleId));
  if (filter.authorId) where.push(eq(comments.userId, filter.authorId));
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
    .where(and(...where))
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
  return ok(
    rows.map((r) => ({
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
    })),
  );
}

/** Stories and commenters that have comments in a queue, for its filters. */
export async function queueFilterOptions(
  actor: Actor | null,
  queue: Queue,
): Promise<Result<{ articles: { id: number; title: string; count: number }[]; authors: { id: string; name: string; count: number }[] }>> {
  if (!authorize(actor, 'editor')) return FORBIDDEN;
  const db = await getDb();
  const inQueue =
    queue === 'pending'
      ? eq(comments.status, 'pending')
      : queue === 'hidden'
        ? eq(comments.status, 'hidden')
        : and(eq(comments.status, 'published'), gt(comments.reportCount, 0));
  const n = sql<number>`count(*)::int`;
  const [byArticle, byAuthor] = await Promise.all([
    db
      .select({ id: articles.id, title: articles.title, count: n })
      .from(comments)
      .innerJoin(articles, eq(comments.articleId, articles.id))
      .where(inQueue)
      .groupBy(articles.id, articles.title)
      .orderBy(desc(n))
      .limit(200),
    db
      .select({ id: users.id, name: users.name, count: n })
      .from(comments)
      .innerJoin(users, eq(comments.userId, users.id))
      .where(inQueue)
      .groupBy(users.id, users.name)
      .orderBy(desc(n))
      .limit(200),
  ]);
  return ok({ articles: byArticle, authors: byAuthor });
}

export type ModerationDecision = 'approve' | 'hide' | 'delete';

/** Approve, hide or delete comments (one or many). Returns the articles whose threads changed. */
export async function moderateComments(
  actor: Actor | null,
  ids: number[],
  decision: ModerationDecision,
): Promise<Result<{ articleIds: number[]; count: number }, AdminCode>> {
  const moderator = authorize(actor, 'editor');
  if (!moderator) return FORBIDDEN;
  const unique = [...new Set(ids)].filter((id) => Number.isInteger(id) && id > 0).slice(0, 500);
  if (unique.length === 0) return fail('invalid', 'Select at least one comment.');
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
      .set({ status, moderatedAt: now, moderatedBy: moderator.id, ...(decision === 'approve' ? { reportCount: 0 } : {}) })
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
    for (const c of before) await audit(tx, moderator.id, `comment.${decision}`, { type: 'comment', id: c.id }, { from: c.status, articleId: c.articleId });
    return ok({ articleIds: [...new Set(before.map((c) => c.articleId))], count: before.length });
  });
}

export async function setBan(actor: Actor | null, userId: string, banned: boolean, reason = ''): Promise<Result<{ articleIds: number[] }, AdminCode>> {
  const moderator = authorize(actor, 'editor');
  if (!moderator) return FORBIDDEN;
  if (userId === moderator.id) return fail('invalid', 'You can’t ban yourself.');
  const db = await getDb();
  return db.transaction(async (tx): Promise<Result<{ articleIds: number[] }, AdminCode>> => {
    const [target] = await tx.select({ role: users.role, name: users.name }).from(users).where(eq(users.id, userId)).for('update');
    if (!target) return fail('not-found', 'That user no longer exists.');
    // Editors moderate readers; only admins can ban staff.
    if (target.role !== 'reader' && moderator.role !== 'admin') return FORBIDDEN;
    await tx
      .update(users)
      .set({ bannedAt: banned ? new Date() : null, banReason: banned ? reason.slice(0, 300) : null })
      .where(eq(users.id, userId));
    // A ban ends every session, so lifting it later does not bring old tokens back.
    if (banned) await endAllSessions(tx, userId);
    await audit(tx, moderator.id, banned ? 'user.ban' : 'user.unban', { type: 'user', id: userId }, { name: target.name, reason });
    const touched = await tx.selectDistinct({ articleId: comments.articleId }).from(comments).where(eq(comments.userId, userId));
    return ok({ articleIds: touched.map((t) => t.articleId) });
  });
}

export async function getSettings(actor: Actor | null): Promise<Result<ModerationSettings>> {
  if (!authorize(actor, 'editor')) return FORBIDDEN;
  return ok(await readModerationSettings(await getDb()));
}

type SettingChange = { from: unknown; to: unknown };

/** What changed between two versions of the settings, field by field (for the audit log). */
export function settingsChanges(before: ModerationSettings, after: ModerationSettings): Record<string, SettingChange> {
  const changes: Record<string, SettingChange> = {};
  for (const key of Object.keys(after) as (keyof ModerationSettings)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}

/** Saves the rules; the audit entry records each setting that changed, old → new. */
export async function updateSettings(
  actor: Actor | null,
  values: ModerationSettings & { premoderation: PremoderationMode },
): Promise<Result<{ changed: string[] }>> {
  const moderator = authorize(actor, 'editor');
  if (!moderator) return FORBIDDEN;
  const db = await getDb();
  const changed = await db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from ${moderationSettings} where ${moderationSettings.id} = 1 for update`);
    const before = await readModerationSettings(tx);
    const changes = settingsChanges(before, values);
    await tx
      .insert(moderationSettings)
      .values({ id: 1, ...values, updatedAt: new Date(), updatedBy: moderator.id })
      .onConflictDoUpdate({ target: moderationSettings.id, set: { ...values, updatedAt: new Date(), updatedBy: moderator.id } });
    if (Object.keys(changes).length > 0) await audit(tx, moderator.id, 'settings.moderation', { type: 'settings', id: 'moderation' }, { changes });
    return Object.keys(changes);
  });
  return ok({ changed });
}
