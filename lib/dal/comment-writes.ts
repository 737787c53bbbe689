import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, commentReports, comments, users } from '@/db/schema';
import { checkCommentText, decideComment, decideEdit, EDIT_WINDOW_MS, type Decision } from '@/lib/comments/pipeline';
import { hasRole } from '@/lib/auth/roles';
import { readModerationSettings } from './moderation-settings';
import type { CurrentUser } from './session';

export type CommentFailure =
  | 'unauthenticated'
  | 'banned'
  | 'invalid'
  | 'too-long'
  | 'empty'
  | 'duplicate'
  | 'flood'
  | 'banned-word'
  | 'article-unavailable'
  | 'comments-closed'
  | 'parent-unavailable'
  | 'not-found'
  | 'forbidden'
  | 'edit-window-over'
  | 'already-reported';

import type { OwnComment } from './types';
import { fail, ok, type Result } from './result';
import { commentWindow } from '@/lib/comments/window';

export type { OwnComment };

const MESSAGES = {
  unauthenticated: 'Please sign in to comment.',
  banned: 'Your account has been suspended, so you can’t comment.',
  articleUnavailable: 'This story is not open for comments.',
  closed: 'Comments on this story are closed.',
  parent: 'The comment you are replying to is no longer available.',
  notFound: 'That comment no longer exists.',
  forbidden: 'You can only change your own comments.',
} as const;

/** The commenter, signed in and not suspended. */
function gate(user: CurrentUser | null): Result<CurrentUser, CommentFailure> {
  if (!user) return fail('unauthenticated', MESSAGES.unauthenticated);
  if (user.banned) return fail('banned', MESSAGES.banned);
  return ok(user);
}

/**
 * Posts a comment through the moderation pipeline. Author, status and time come from the session and
 * the server, never from the form. The author's row is locked for the duration, so double submits and
 * parallel tabs are checked against each other.
 */
export async function postComment(
  user: CurrentUser | null,
  input: { articleId: number; parentId: number | null; body: unknown },
): Promise<Result<{ comment: OwnComment; decision: Decision }, CommentFailure>> {
  const gated = gate(user);
  if (!gated.ok) return gated;
  const commenter = gated.value;
  const text = checkCommentText(input.body);
  if (!text.ok) return fail(text.code, text.message);
  const db = await getDb();
  return db.transaction(async (tx): Promise<Result<{ comment: OwnComment; decision: Decision }, CommentFailure>> => {
    const [author] = await tx
      .select({ role: users.role, bannedAt: users.bannedAt, approvedComments: users.approvedComments })
      .from(users)
      .where(eq(users.id, commenter.id))
      .for('update');
    if (!author) return fail('unauthenticated', MESSAGES.unauthenticated);
    if (author.bannedAt) return fail('banned', MESSAGES.banned);

    const [article] = await tx
      .select({ id: articles.id, slug: articles.slug, status: articles.status, commentsOpen: articles.commentsOpen, publishedAt: articles.publishedAt })
      .from(articles)
      .where(eq(articles.id, input.articleId))
      .limit(1);
    if (!article || article.status !== 'published') return fail('article-unavailable', MESSAGES.articleUnavailable);
    const settings = await readModerationSettings(tx);
    if (!commentWindow(article, settings.closeAfterDays, Date.now()).open) return fail('comments-closed', MESSAGES.closed);

    if (input.parentId !== null) {
      const [parent] = await tx
        .select({ id: comments.id })
        .from(comments)
        .where(and(eq(comments.id, input.parentId), eq(comments.articleId, article.id), eq(comments.status, 'published')))
        .limit(1);
      if (!parent) return fail('parent-unavailable', MESSAGES.parent);
    }

    const history = await tx
      .select({ body: comments.body, createdAt: comments.createdAt })
      .from(comments)
      .where(eq(comments.userId, commenter.id))
      .orderBy(desc(comments.createdAt))
      .limit(5);
    const now = new Date();
    let decision: Decision;
    try {
      decision = decideComment(text.body, { role: author.role, approvedComments: author.approvedComments }, history, settings, now);
    } catch (error) {
      console.error('[comments] pipeline check failed; holding the comment', error);
      decision = { outcome: 'hold', reason: 'Automatic checks failed' };
    }
    if (decision.outcome === 'reject') return fail(decision.code, decision.message);

    const status = decision.outcome === 'publish' ? 'published' : 'pending';
    const [row] = await tx
      .insert(comments)
      .values({
        articleId: article.id,
        userId: commenter.id,
        parentId: input.parentId,
        body: text.body,
        status,
        heldReason: decision.outcome === 'hold' ? decision.reason : null,
        createdAt: now,
      })
      .returning();
    if (status === 'published')
      await tx
        .update(users)
        .set({ approvedComments: sql`${users.approvedComments} + 1` })
        .where(eq(users.id, commenter.id));
    return ok({
      decision,
      comment: {
        id: row!.id,
        articleId: article.id,
        articleSlug: article.slug,
        parentId: row!.parentId,
        body: row!.body,
        status,
        createdAt: row!.createdAt.toISOString(),
      },
    });
  });
}

async function ownComment(userId: string, commentId: number) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: comments.id,
      userId: comments.userId,
      articleId: comments.articleId,
      status: comments.status,
      createdAt: comments.createdAt,
      parentId: comments.parentId,
      slug: articles.slug,
    })
    .from(comments)
    .innerJoin(articles, eq(comments.articleId, articles.id))
    .where(eq(comments.id, commentId))
    .limit(1);
  if (!row || row.status === 'deleted' || row.status === 'hidden') return fail('not-found', MESSAGES.notFound);
  // Someone else's comment that readers can't see answers as if it did not exist, so that nobody learns
  // that a held comment is there.
  if (row.userId !== userId) return row.status === 'published' ? fail('forbidden', MESSAGES.forbidden) : fail('not-found', MESSAGES.notFound);
  return ok(row);
}

/** The author may edit for 15 minutes; the new text passes the content checks again. */
export async function editComment(user: CurrentUser | null, commentId: number, body: unknown): Promise<Result<OwnComment, CommentFailure>> {
  const gated = gate(user);
  if (!gated.ok) return gated;
  const commenter = gated.value;
  const found = await ownComment(commenter.id, commentId);
  if (!found.ok) return found;
  const mine = found.value;
  if (Date.now() - mine.createdAt.getTime() > EDIT_WINDOW_MS) return fail('edit-window-over', 'Comments can only be edited for 15 minutes after posting.');
  const text = checkCommentText(body);
  if (!text.ok) return fail(text.code, text.message);
  const db = await getDb();
  const settings = await readModerationSettings(db);
  let decision: Decision;
  try {
    decision = decideEdit(text.body, { role: commenter.role, approvedComments: commenter.approvedComments }, settings);
  } catch {
    decision = { outcome: 'hold', reason: 'Automatic checks failed' };
  }
  if (decision.outcome === 'reject') return fail(decision.code, decision.message);
  const status = decision.outcome === 'hold' ? 'pending' : mine.status === 'pending' ? 'pending' : 'published';
  const [row] = await db
    .update(comments)
    .set({ body: text.body, editedAt: new Date(), status, heldReason: decision.outcome === 'hold' ? decision.reason : undefined })
    .where(and(eq(comments.id, commentId), eq(comments.userId, commenter.id)))
    .returning();
  return ok({
    id: row!.id,
    articleId: row!.articleId,
    articleSlug: mine.slug,
    parentId: row!.parentId,
    body: row!.body,
    status,
    createdAt: row!.createdAt.toISOString(),
  });
}

/** Deleting keeps a placeholder when replies hang below (the public thread decides). */
export async function deleteComment(user: CurrentUser | null, commentId: number): Promise<Result<{ articleId: number }, CommentFailure>> {
  const gated = gate(user);
  if (!gated.ok) return gated;
  const found = await ownComment(gated.value.id, commentId);
  if (!found.ok) return found;
  const db = await getDb();
  await db
    .update(comments)
    .set({ status: 'deleted' })
    .where(and(eq(comments.id, commentId), eq(comments.userId, gated.value.id)));
  return ok({ articleId: found.value.articleId });
}

export async function reportComment(user: CurrentUser | null, commentId: number, reason: string): Promise<Result<{ articleId: number }, CommentFailure>> {
  const gated = gate(user);
  if (!gated.ok) return gated;
  const reporter = gated.value;
  const db = await getDb();
  const [target] = await db
    .select({ userId: comments.userId, status: comments.status, articleId: comments.articleId })
    .from(comments)
    .where(eq(comments.id, commentId))
    .limit(1);
  if (!target || target.status !== 'published') return fail('not-found', MESSAGES.notFound);
  if (target.userId === reporter.id) return fail('forbidden', 'You can’t report your own comment.');
  return db.transaction(async (tx): Promise<Result<{ articleId: number }, CommentFailure>> => {
    const inserted = await tx
      .insert(commentReports)
      .values({ commentId, userId: reporter.id, reason: reason.slice(0, 500) })
      .onConflictDoNothing()
      .returning({ id: commentReports.id });
    if (inserted.length === 0) return fail('already-reported', 'You have already reported this comment. Thank you.');
    await tx
      .update(comments)
      .set({ reportCount: sql`${comments.reportCount} + 1` })
      .where(eq(comments.id, commentId));
    return ok({ articleId: target.articleId });
  });
}

/** The viewer's own comments on one article that others can't see yet. */
export async function myPendingComments(user: CurrentUser | null, articleId: number): Promise<OwnComment[]> {
  if (!user) return [];
  const db = await getDb();
  const rows = await db
    .select({
      id: comments.id,
      articleId: comments.articleId,
      parentId: comments.parentId,
      body: comments.body,
      createdAt: comments.createdAt,
      slug: articles.slug,
    })
    .from(comments)
    .innerJoin(articles, eq(comments.articleId, articles.id))
    .where(and(eq(comments.articleId, articleId), eq(comments.userId, user.id), eq(comments.status, 'pending')))
    .orderBy(comments.createdAt)
    .limit(50);
  return rows.map((r) => ({
    id: r.id,
    articleId: r.articleId,
    articleSlug: r.slug,
    parentId: r.parentId,
    body: r.body,
    status: 'pending',
    createdAt: r.createdAt.toISOString(),
  }));
}

export const canModerateComments = (user: CurrentUser | null) => Boolean(user && !user.banned && hasRole(user.role, 'editor'));

/** The text of one's own comment, for the edit form (so pages need not carry every comment twice). */
export async function ownCommentSource(user: CurrentUser | null, commentId: number): Promise<Result<string, CommentFailure>> {
  const gated = gate(user);
  if (!gated.ok) return gated;
  const found = await ownComment(gated.value.id, commentId);
  if (!found.ok) return found;
  const db = await getDb();
  const [row] = await db.select({ body: comments.body }).from(comments).where(eq(comments.id, commentId)).limit(1);
  return row ? ok(row.body) : fail('not-found', MESSAGES.notFound);
}
