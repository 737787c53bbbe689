import { describe, expect, it, beforeEach } from 'vitest';
import { eq, and, count } from 'drizzle-orm';
import { createArticle, createComment, createUser, getDb, schema } from '../support/db';
import { postComment, editComment, deleteComment, reportComment, myPendingComments, ownCommentSource } from '@/lib/dal/comment-writes';
import { getRecentComments, getThread } from '@/lib/dal/comments';
import type { CurrentUser } from '@/lib/dal/session';

const asCurrent = (u: {
  id: string;
  name: string;
  email: string;
  role: CurrentUser['role'];
  approvedComments: number;
  bannedAt: Date | null;
}): CurrentUser => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
  approvedComments: u.approvedComments,
  banned: u.bannedAt !== null,
});

async function setRules(values: Partial<typeof schema.moderationSettings.$inferInsert>) {
  const db = await getDb();
  await db
    .update(schema.moderationSettings)
    .set({ premoderation: 'off', floodSeconds: 15, bannedWords: [], heldWords: [], newUserLinkLimit: 1, trustedAfter: 3, closeAfterDays: null, ...values })
    .where(eq(schema.moderationSettings.id, 1));
}

async function reader(overrides: Partial<typeof schema.users.$inferInsert> = {}) {
  return asCurrent(await createUser({ approvedComments: 5, ...overrides }));
}

describe('posting comments', () => {
  beforeEach(() => setRules({}));

  it('stores the text as typed, with author, status and time from the server', async () => {
    const user = await reader();
    const article = await createArticle();
    const result = await postComment(user, { articleId: article.id, parentId: null, body: '  <b>Bold?</b> https://example.com  ' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const db = await getDb();
    const [row] = await db.select().from(schema.comments).where(eq(schema.comments.id, result.value.comment.id));
    expect(row).toMatchObject({ body: '<b>Bold?</b> https://example.com', userId: user.id, status: 'published', articleId: article.id });
    expect(Math.abs(row!.createdAt.getTime() - Date.now())).toBeLessThan(10_000);
    // In the sidebar at once. (Other test files post at the same time, some dated ahead to be the newest
    // themselves, so this one need not be first.)
    expect((await getRecentComments(50)).map((c) => c.id)).toContain(result.value.comment.id);
  });

  it('refuses signed-out and banned users, and stores nothing', async () => {
    const article = await createArticle();
    expect(await postComment(null, { articleId: article.id, parentId: null, body: 'hello' })).toMatchObject({ ok: false, code: 'unauthenticated' });
    const banned = await reader({ bannedAt: new Date() });
    expect(await postComment(banned, { articleId: article.id, parentId: null, body: 'hello' })).toMatchObject({ ok: false, code: 'banned' });
    // A token issued before the ban: the session says not banned, the database does.
    const bannedLater = await reader();
    const db = await getDb();
    await db.update(schema.users).set({ bannedAt: new Date() }).where(eq(schema.users.id, bannedLater.id));
    expect(await postComment(bannedLater, { articleId: article.id, parentId: null, body: 'hello' })).toMatchObject({ ok: false, code: 'banned' });
    const [{ n }] = (await db.select({ n: count() }).from(schema.comments).where(eq(schema.comments.articleId, article.id))) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('refuses drafts, scheduled, archived, closed and missing articles', async () => {
    const user = await reader();
    for (const status of ['draft', 'review', 'scheduled', 'archived'] as const) {
      const article = await createArticle({ status, publishedAt: status === 'draft' || status === 'review' ? null : new Date() });
      expect(await postComment(user, { articleId: article.id, parentId: null, body: `On ${status}` })).toMatchObject({
        ok: false,
        code: 'article-unavailable',
      });
    }
    const closed = await createArticle({ commentsOpen: false });
    expect(await postComment(user, { articleId: closed.id, parentId: null, body: 'closed' })).toMatchObject({ ok: false, code: 'comments-closed' });
    expect(await postComment(user, { articleId: 2_000_000_000, parentId: null, body: 'missing' })).toMatchObject({ ok: false, code: 'article-unavailable' });
    await setRules({ closeAfterDays: 7 });
    const old = await createArticle({ publishedAt: new Date(Date.now() - 8 * 86_400_000) });
    expect(await postComment(user, { articleId: old.id, parentId: null, body: 'too late' })).toMatchObject({ ok: false, code: 'comments-closed' });
  });

  it('refuses replies to missing, hidden or other-article parents', async () => {
    const user = await reader();
    const article = await createArticle();
    const other = await createArticle();
    const hidden = await createComment({ articleId: article.id, userId: user.id, body: 'hidden one', status: 'hidden' });
    const elsewhere = await createComment({ articleId: other.id, userId: user.id, body: 'elsewhere' });
    for (const parentId of [hidden.id, elsewhere.id, 2_000_000_000])
      expect(await postComment(user, { articleId: article.id, parentId, body: `reply ${parentId}` })).toMatchObject({ ok: false, code: 'parent-unavailable' });
  });

  it('rejects duplicates and posts inside the flood window; moderators are exempt from the flood', async () => {
    const user = await reader();
    const article = await createArticle();
    expect((await postComment(user, { articleId: article.id, parentId: null, body: 'First thought' })).ok).toBe(true);
    expect(await postComment(user, { articleId: article.id, parentId: null, body: 'First   thought' })).toMatchObject({ ok: false, code: 'duplicate' });
    expect(await postComment(user, { articleId: article.id, parentId: null, body: 'Second thought' })).toMatchObject({ ok: false, code: 'flood' });
    const editor = await reader({ role: 'editor' });
    expect((await postComment(editor, { articleId: article.id, parentId: null, body: 'one' })).ok).toBe(true);
    expect((await postComment(editor, { articleId: article.id, parentId: null, body: 'two' })).ok).toBe(true);
  });

  it('holds per the rules, shows held comments only to their author, and never in the sidebar', async () => {
    await setRules({ premoderation: 'first', heldWords: ['rubbish'] });
    const newcomer = await reader({ approvedComments: 0 });
    const article = await createArticle();
    const held = await postComment(newcomer, { articleId: article.id, parentId: null, body: 'My very first comment' });
    expect(held).toMatchObject({ ok: true, value: { comment: { status: 'pending' } } });
    if (!held.ok) return;
    expect((await getThread(article.id)).length).toBe(0);
    expect((await getRecentComments(20)).some((c) => c.id === held.value.comment.id)).toBe(false);
    expect((await myPendingComments(newcomer, article.id)).map((c) => c.id)).toEqual([held.value.comment.id]);
    expect(await myPendingComments(await reader(), article.id)).toEqual([]);
    const regular = await reader();
    expect(await postComment(regular, { articleId: article.id, parentId: null, body: 'What rubbish' })).toMatchObject({
      ok: true,
      value: { comment: { status: 'pending' } },
    });
    await setRules({ bannedWords: ['scamcoin'] });
    const another = await reader();
    expect(await postComment(another, { articleId: article.id, parentId: null, body: 'buy scamcoin' })).toMatchObject({ ok: false, code: 'banned-word' });
  });

  it('ignores anything but its own inputs (no author, status or time from outside)', async () => {
    const user = await reader();
    const article = await createArticle();
    const input = {
      articleId: article.id,
      parentId: null,
      body: 'plain',
      userId: 'someone-else',
      status: 'published',
      createdAt: new Date(0),
    } as unknown as Parameters<typeof postComment>[1];
    const result = await postComment(user, input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.comment.createdAt.startsWith('1970')).toBe(false);
  });

  it('stores 50 concurrent posts exactly once each, with consistent counts', async () => {
    const article = await createArticle();
    const users = await Promise.all(Array.from({ length: 50 }, () => reader()));
    const results = await Promise.all(users.map((u, i) => postComment(u, { articleId: article.id, parentId: null, body: `Concurrent comment ${i}` })));
    expect(results.every((r) => r.ok)).toBe(true);
    const db = await getDb();
    const rows = await db.select({ body: schema.comments.body }).from(schema.comments).where(eq(schema.comments.articleId, article.id));
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r.body)).size).toBe(50);
    expect((await getThread(article.id)).length).toBe(50);
  });

  it('one reader double-submitting from two tabs gets one comment', async () => {
    const user = await reader();
    const article = await createArticle();
    const results = await Promise.all(Array.from({ length: 5 }, () => postComment(user, { articleId: article.id, parentId: null, body: 'Double click!' })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const db = await getDb();
    const rows = await db
      .select()
      .from(schema.comments)
      .where(and(eq(schema.comments.articleId, article.id), eq(schema.comments.userId, user.id)));
    expect(rows).toHaveLength(1);
  });
});

describe('editing, deleting and reporting', () => {
  beforeEach(() => setRules({}));

  it('lets the author edit within 15 minutes, marked as edited', async () => {
    const user = await reader();
    const article = await createArticle();
    const c = await createComment({ articleId: article.id, userId: user.id, body: 'Original' });
    const result = await editComment(user, c.id, 'Corrected');
    expect(result).toMatchObject({ ok: true, value: { body: 'Corrected', status: 'published' } });
    const db = await getDb();
    const [row] = await db.select().from(schema.comments).where(eq(schema.comments.id, c.id));
    expect(row!.editedAt).not.toBeNull();
    const old = await createComment({ articleId: article.id, userId: user.id, body: 'Old', createdAt: new Date(Date.now() - 16 * 60_000) });
    expect(await editComment(user, old.id, 'Too late')).toMatchObject({ ok: false, code: 'edit-window-over' });
    expect(await editComment(user, c.id, '   ')).toMatchObject({ ok: false, code: 'empty' });
  });

  it('forbids editing or deleting someone else’s comment, and changes nothing', async () => {
    const owner = await reader();
    const stranger = await reader();
    const article = await createArticle();
    const c = await createComment({ articleId: article.id, userId: owner.id, body: 'Mine' });
    expect(await editComment(stranger, c.id, 'Hijacked')).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await deleteComment(stranger, c.id)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await editComment(null, c.id, 'Hijacked')).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect(await ownCommentSource(stranger, c.id)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await ownCommentSource(owner, c.id)).toEqual({ ok: true, value: 'Mine' });
    const db = await getDb();
    const [row] = await db.select().from(schema.comments).where(eq(schema.comments.id, c.id));
    expect(row).toMatchObject({ body: 'Mine', status: 'published', editedAt: null });
  });

  it('answers alike for someone else’s held and hidden comments, so nobody learns a held one exists', async () => {
    const owner = await reader();
    const stranger = await reader();
    const article = await createArticle();
    const held = await createComment({ articleId: article.id, userId: owner.id, body: 'Held for review', status: 'pending' });
    const hidden = await createComment({ articleId: article.id, userId: owner.id, body: 'Hidden by a moderator', status: 'hidden' });
    for (const c of [held, hidden]) {
      expect(await ownCommentSource(stranger, c.id)).toMatchObject({ ok: false, code: 'not-found' });
      expect(await editComment(stranger, c.id, 'Hijacked')).toMatchObject({ ok: false, code: 'not-found' });
      expect(await deleteComment(stranger, c.id)).toMatchObject({ ok: false, code: 'not-found' });
    }
    expect(await ownCommentSource(stranger, 2_000_000_000)).toMatchObject({ ok: false, code: 'not-found' });
    expect(await ownCommentSource(owner, held.id)).toEqual({ ok: true, value: 'Held for review' });
  });

  it('deletes one’s own comment, leaving a placeholder only when it has replies', async () => {
    const user = await reader();
    const article = await createArticle();
    const parent = await createComment({ articleId: article.id, userId: user.id, body: 'Parent' });
    await createComment({ articleId: article.id, userId: (await reader()).id, body: 'Reply', parentId: parent.id });
    const lonely = await createComment({ articleId: article.id, userId: user.id, body: 'Lonely' });
    expect((await deleteComment(user, parent.id)).ok).toBe(true);
    expect((await deleteComment(user, lonely.id)).ok).toBe(true);
    const thread = await getThread(article.id);
    expect(thread).toHaveLength(1);
    expect(thread[0]).toMatchObject({ state: 'deleted', body: null });
    expect(thread[0]!.replies[0]!.body).toBe('Reply');
  });

  it('lets a reader report someone else’s comment once', async () => {
    const owner = await reader();
    const other = await reader();
    const article = await createArticle();
    const c = await createComment({ articleId: article.id, userId: owner.id, body: 'Contested' });
    expect(await reportComment(owner, c.id, 'self')).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await reportComment(other, c.id, 'Spam')).ok).toBe(true);
    expect(await reportComment(other, c.id, 'Spam again')).toMatchObject({ ok: false, code: 'already-reported' });
    const db = await getDb();
    const [row] = await db.select({ reportCount: schema.comments.reportCount }).from(schema.comments).where(eq(schema.comments.id, c.id));
    expect(row!.reportCount).toBe(1);
  });
});
