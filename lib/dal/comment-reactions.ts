import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import { articles, commentRecommendations, comments, users } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { audit } from './admin/audit';
import { fail, FORBIDDEN, ok, type AdminCode, type Result } from './result';
import type { CurrentUser } from './session';

export type ReactionFailure = 'unauthenticated' | 'banned' | 'not-found' | 'own-comment';

const NOT_FOUND_MESSAGE = 'That comment is no longer available.';

/** A published comment on a published story, locked for the rest of the transaction. */
async function publishedComment(tx: Pick<Database, 'select'>, commentId: number) {
  const [row] = await tx
    .select({ id: comments.id, userId: comments.userId, articleId: comments.articleId, status: comments.status, articleStatus: articles.status })
    .from(comments)
    .innerJoin(articles, eq(comments.articleId, articles.id))
    .where(eq(comments.id, commentId))
    .for('update', { of: comments });
  return row && row.status === 'published' && row.articleStatus === 'published' ? row : null;
}

/**
 * Recommends a comment, or takes the recommendation back (`recommend` says which, so a double click
 * or a retry changes nothing). One per reader and comment; the count changes in the same transaction
 * as the row, under the comment's lock, so it stays exact however many readers press at once.
 */
export async function setRecommendation(
  user: CurrentUser | null,
  commentId: number,
  recommend: boolean,
): Promise<Result<{ recommended: boolean; count: number; articleId: number }, ReactionFailure>> {
  if (!user) return fail('unauthenticated', 'Sign in to recommend comments.');
  if (user.banned) return fail('banned', 'Your account has been suspended.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [reader] = await tx.select({ bannedAt: users.bannedAt }).from(users).where(eq(users.id, user.id));
    if (!reader) return fail('unauthenticated', 'Sign in to recommend comments.');
    if (reader.bannedAt) return fail('banned', 'Your account has been suspended.');
    const comment = await publishedComment(tx, commentId);
    if (!comment) return fail('not-found', NOT_FOUND_MESSAGE);
    if (comment.userId === user.id) return fail('own-comment', 'You can’t recommend your own comment.');
    let delta = 0;
    if (recommend) {
      const inserted = await tx
        .insert(commentRecommendations)
        .values({ commentId, userId: user.id })
        .onConflictDoNothing()
        .returning({ commentId: commentRecommendations.commentId });
      delta = inserted.length;
    } else {
      const removed = await tx
        .delete(commentRecommendations)
        .where(and(eq(commentRecommendations.commentId, commentId), eq(commentRecommendations.userId, user.id)))
        .returning({ commentId: commentRecommendations.commentId });
      delta = -removed.length;
    }
    const [counted] =
      delta === 0
        ? await tx.select({ count: comments.recommendCount }).from(comments).where(eq(comments.id, commentId))
        : await tx
            .update(comments)
            .set({ recommendCount: sql`${comments.recommendCount} + ${delta}` })
            .where(eq(comments.id, commentId))
            .returning({ count: comments.recommendCount });
    return ok({ recommended: recommend, count: counted!.count, articleId: comment.articleId });
  });
}

/** Which of an article's comments the reader recommends (for the buttons' pressed state). */
export async function myRecommendations(user: CurrentUser | null, articleId: number): Promise<number[]> {
  if (!user) return [];
  const db = await getDb();
  const rows = await db
    .select({ id: commentRecommendations.commentId })
    .from(commentRecommendations)
    .innerJoin(comments, eq(commentRecommendations.commentId, comments.id))
    .where(and(eq(commentRecommendations.userId, user.id), eq(comments.articleId, articleId)));
  return rows.map((r) => r.id);
}

/** A moderator features a published comment (shown first, as the editors' pick) or takes it back; audited. */
export async function setFeatured(actor: Actor | null, commentId: number, featured: boolean): Promise<Result<{ articleId: number }, AdminCode>> {
  const moderator = authorize(actor, 'editor');
  if (!moderator) return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const comment = await publishedComment(tx, commentId);
    if (!comment) return fail('not-found', NOT_FOUND_MESSAGE);
    const changed = await tx
      .update(comments)
      .set(featured ? { featuredAt: new Date(), featuredBy: moderator.id } : { featuredAt: null, featuredBy: null })
      .where(and(eq(comments.id, commentId), featured ? sql`${comments.featuredAt} is null` : sql`${comments.featuredAt} is not null`))
      .returning({ id: comments.id });
    if (changed.length > 0)
      await audit(tx, moderator.id, featured ? 'comment.feature' : 'comment.unfeature', { type: 'comment', id: commentId }, { articleId: comment.articleId });
    return ok({ articleId: comment.articleId });
  });
}
