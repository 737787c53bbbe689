import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createArticle, createComment, createUser, currentUserFor, getDb, schema } from '../support/db';
import { setRecommendation, setFeatured, myRecommendations } from '@/lib/dal/comment-reactions';
import { describeLiveEvents, latestLiveEventId, liveEventsAfter } from '@/lib/dal/live';
import { moderateComments } from '@/lib/dal/admin/moderation';
import { setBanner, clearBanner } from '@/lib/dal/admin/breaking-news';
import { addLiveEntry, deleteLiveEntry, setLiveEnded } from '@/lib/dal/admin/live-blog';
import { getConversation } from '@/lib/dal/comments';
import type { LiveMessage } from '@/lib/live/protocol';
import { liveBlogFeed } from '@/lib/feeds/documents';

async function messagesSince(after: number): Promise<LiveMessage[]> {
  return (await describeLiveEvents(await liveEventsAfter(after, 1000))).map((o) => o.message);
}

async function editor() {
  const user = await createUser({ role: 'editor' });
  return currentUserFor(user.id);
}

describe('recommendations', () => {
  it('count exactly when fifty readers press at once, once each, and can be taken back', async () => {
    const article = await createArticle();
    const author = await createUser();
    const comment = await createComment({ articleId: article.id, userId: author.id, body: 'A point worth making' });
    const readers = await Promise.all(Array.from({ length: 50 }, () => createUser()));
    const users = await Promise.all(readers.map((r) => currentUserFor(r.id)));
    const results = await Promise.all(users.map((u) => setRecommendation(u, comment.id, true)));
    expect(results.every((r) => r.ok)).toBe(true);
    // The same readers again, at once: nothing changes.
    await Promise.all(users.slice(0, 10).map((u) => setRecommendation(u, comment.id, true)));
    const db = await getDb();
    const [row] = await db.select({ count: schema.comments.recommendCount }).from(schema.comments).where(eq(schema.comments.id, comment.id));
    expect(row!.count).toBe(50);
    const rows = await db.select().from(schema.commentRecommendations).where(eq(schema.commentRecommendations.commentId, comment.id));
    expect(rows).toHaveLength(50);

    const back = await setRecommendation(users[0]!, comment.id, false);
    expect(back.ok && back.value).toMatchObject({ recommended: false, count: 49 });
    expect(await myRecommendations(users[0]!, article.id)).toEqual([]);
    expect(await myRecommendations(users[1]!, article.id)).toEqual([comment.id]);
  });

  it('are refused for one’s own comment, for signed-out visitors and for comments readers cannot see', async () => {
    const article = await createArticle();
    const author = await createUser();
    const own = await createComment({ articleId: article.id, userId: author.id, body: 'A point worth making' });
    const held = await createComment({ articleId: article.id, userId: author.id, status: 'pending', body: 'Waiting for a moderator' });
    const other = await currentUserFor((await createUser()).id);
    const mine = await setRecommendation(await currentUserFor(author.id), own.id, true);
    expect(mine.ok ? null : mine.code).toBe('own-comment');
    const anonymous = await setRecommendation(null, own.id, true);
    expect(anonymous.ok ? null : anonymous.code).toBe('unauthenticated');
    const hidden = await setRecommendation(other, held.id, true);
    expect(hidden.ok ? null : hidden.code).toBe('not-found');
  });
});

describe('the live stream’s events', () => {
  it('follow every write in commit order, and say only what readers may see', async () => {
    const article = await createArticle();
    const author = await createUser({ name: 'Live Stream Author' });
    const start = await latestLiveEventId();
    const held = await createComment({ articleId: article.id, userId: author.id, status: 'pending', body: 'Held text that must never be sent' });
    expect(await liveEventsAfter(start, 100)).toEqual([]);

    const moderator = await editor();
    await moderateComments(moderator, [held.id], 'approve');
    let messages = await messagesSince(start);
    expect(messages.map((m) => m.type)).toEqual(['comment', 'recent']);
    const published = messages[0] as Extract<LiveMessage, { type: 'comment' }>;
    expect(published).toMatchObject({ articleId: article.id, id: held.id, parentId: null });
    expect(published.html).toContain('Held text that must never be sent');
    expect(published.html).toContain('Live Stream Author');

    const afterApproval = await latestLiveEventId();
    await moderateComments(moderator, [held.id], 'hide');
    messages = await messagesSince(afterApproval);
    expect(messages.map((m) => m.type)).toEqual(['comment-removed', 'recent-gone']);
    expect(JSON.stringify(messages)).not.toContain('Held text');
  });

  it('send a reply with its parent, and a removed comment above replies as its placeholder', async () => {
    const article = await createArticle();
    const author = await createUser();
    const parent = await createComment({ articleId: article.id, userId: author.id, body: 'The opening point' });
    const start = await latestLiveEventId();
    const reply = await createComment({ articleId: article.id, userId: author.id, parentId: parent.id, body: 'A reply to it' });
    const [message] = (await messagesSince(start)).filter((m) => m.type === 'comment');
    expect(message).toMatchObject({ id: reply.id, parentId: parent.id });
    expect((message as { html: string }).html).toContain('A reply to it');

    const mark = await latestLiveEventId();
    await moderateComments(await editor(), [parent.id], 'hide');
    const [removed] = await messagesSince(mark);
    expect(removed).toMatchObject({ type: 'comment-removed', id: parent.id });
    expect((removed as { html: string }).html).toContain('This comment was removed by a moderator.');
    expect((removed as { html: string }).html).not.toContain('The opening point');
  });

  it('send nothing of a comment on a story that is not published', async () => {
    const draft = await createArticle({ status: 'draft', publishedAt: null });
    const author = await createUser();
    const start = await latestLiveEventId();
    await createComment({ articleId: draft.id, userId: author.id, body: 'A comment on an unpublished story' });
    const messages = await messagesSince(start);
    expect(JSON.stringify(messages)).not.toContain('unpublished story');
    expect(messages.every((m) => m.type === 'recent-gone')).toBe(true);
  });

  it('carry recommendations and features, and the page’s position catches up from where it was read', async () => {
    const article = await createArticle();
    const author = await createUser();
    const comment = await createComment({ articleId: article.id, userId: author.id, body: 'A point worth making' });
    const { liveCursor } = await getConversation(article.id);
    await setRecommendation(await currentUserFor((await createUser()).id), comment.id, true);
    await setFeatured(await editor(), comment.id, true);
    const all = await messagesSince(liveCursor);
    // Recommendations and features go to the story's pages only, not to every page's sidebar.
    expect(all.some((m) => m.type === 'recent')).toBe(false);
    const messages = all.filter((m) => m.type === 'comment');
    // Two changes of one comment in one batch are sent once, as it is now.
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'comment', recommends: 1 });
    expect((messages[0] as { html: string }).html).toContain('Featured');
    // Quoted among the picks above the thread on open pages; unfeatured, the quote goes.
    expect((messages[0] as { quote: string | null }).quote).toContain('A point worth making');
    const before = await latestLiveEventId();
    await setFeatured(await editor(), comment.id, false);
    const [after] = (await messagesSince(before)).filter((m) => m.type === 'comment');
    expect(after).toMatchObject({ type: 'comment', quote: null });
    const db = await getDb();
    const [audit] = await db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'comment.feature'), eq(schema.auditLog.targetId, String(comment.id))));
    expect(audit).toBeDefined();
  });

  it('carry the breaking-news banner and its removal, audited, one banner at a time', async () => {
    const desk = await editor();
    const start = await latestLiveEventId();
    expect((await setBanner(desk, { text: 'Markets halted <after> a flash crash', link: '/finance', urgency: 'breaking' })).ok).toBe(true);
    expect((await setBanner(desk, { text: 'Trading resumes', link: null, urgency: 'update' })).ok).toBe(true);
    const db = await getDb();
    const up = await db.select().from(schema.breakingNews).where(eq(schema.breakingNews.text, 'Trading resumes'));
    expect(up[0]?.clearedAt).toBeNull();
    const banners = (await messagesSince(start)).filter((m) => m.type === 'banner');
    expect(banners).toHaveLength(1);
    expect((banners[0] as { html: string }).html).toContain('Trading resumes');
    expect((banners[0] as { html: string }).html).not.toContain('Markets halted');

    const beforeClear = await latestLiveEventId();
    expect((await clearBanner(desk)).ok).toBe(true);
    expect(await messagesSince(beforeClear)).toEqual([{ type: 'banner', html: '' }]);
    const reader = await currentUserFor((await createUser()).id);
    expect((await setBanner(reader, { text: 'Not a journalist', link: null, urgency: 'breaking' })).ok).toBe(false);
    const actions = await db.select({ action: schema.auditLog.action }).from(schema.auditLog).where(eq(schema.auditLog.actorId, desk.id));
    expect(actions.map((a) => a.action).sort()).toEqual(['banner.clear', 'banner.set', 'banner.set']);
  });

  it('carry live-blog entries of published live blogs only, their deletion and the blog’s end', async () => {
    const desk = await editor();
    const blog = await createArticle({ kind: 'Live' });
    const story = await createArticle({ kind: 'News' });
    const start = await latestLiveEventId();
    const entry = await addLiveEntry(desk, blog.id, { title: 'Polls close', body: 'Counting **begins**.', pinned: true });
    expect(entry.ok).toBe(true);
    const refused = await addLiveEntry(desk, story.id, { title: '', body: 'Not a live blog', pinned: false });
    expect(refused.ok).toBe(false);
    let messages = await messagesSince(start);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'entry', articleId: blog.id, pinned: true, deleted: false });
    expect((messages[0] as { html: string }).html).toContain('<strong>begins</strong>');
    // A key event: its line for the summary above the entries comes with it.
    expect((messages[0] as { keyEvent: string | null }).keyEvent).toMatch(/href="#entry-\d+"[\s\S]*Polls close/);

    const mark = await latestLiveEventId();
    await deleteLiveEntry(desk, entry.ok ? entry.value.id : 0);
    await setLiveEnded(desk, blog.id, true);
    messages = await messagesSince(mark);
    expect(messages.map((m) => m.type)).toEqual(['entry', 'live-status']);
    expect(messages[0]).toMatchObject({ deleted: true, html: '', keyEvent: null });
    expect(messages[1]).toMatchObject({ ended: true });
    const closed = await addLiveEntry(desk, blog.id, { title: '', body: 'Too late', pinned: false });
    expect(closed.ok ? null : closed.code).toBe('conflict');
  });

  it('give each published live blog a feed of its entries, newest first, and no other story one', async () => {
    const desk = await editor();
    const blog = await createArticle({ kind: 'Live' });
    const story = await createArticle({ kind: 'News' });
    await addLiveEntry(desk, blog.id, { title: 'Doors open', body: 'Queues outside the **hall** since dawn.', pinned: false });
    await new Promise((r) => setTimeout(r, 20));
    await addLiveEntry(desk, blog.id, { title: '', body: 'The first speaker takes the stage & the crowd <cheers>.', pinned: true });
    const feed = await liveBlogFeed(blog.slug);
    expect(feed).not.toBeNull();
    const items = [...feed!.matchAll(/<item>[\s\S]*?<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(items).toEqual(['The first speaker takes the stage &amp; the crowd &lt;cheers&gt;.', 'Doors open']);
    expect(feed).toContain(`/articles/${blog.slug}#entry-`);
    expect(await liveBlogFeed(story.slug)).toBeNull();
  });
});

describe('the stream hub of one process', () => {
  it('catches readers up from their position, then sends new events in order, each reader only its story', async () => {
    const { liveHub } = await import('@/lib/live/hub');
    const article = await createArticle();
    const other = await createArticle();
    const author = await createUser();
    const from = await latestLiveEventId();
    const missed = await createComment({ articleId: article.id, userId: author.id, body: 'Missed while away' });
    const decoder = new TextDecoder();
    const reader = (articleId: number) => {
      const frames: string[] = [];
      return { frames, subscriber: { articleId, send: (chunk: Uint8Array) => (frames.push(decoder.decode(chunk)), true), close: () => undefined } };
    };
    const first = reader(article.id);
    const second = reader(article.id);
    const elsewhere = reader(other.id);
    const leave = await Promise.all([
      liveHub().subscribe(first.subscriber, from),
      liveHub().subscribe(second.subscriber, from),
      liveHub().subscribe(elsewhere.subscriber, from),
    ]);
    try {
      for (const r of [first, second]) expect(r.frames.join('')).toContain(`"id":${missed.id},`);
      expect(elsewhere.frames.join('')).not.toContain('"type":"comment"');
      const live = await createComment({ articleId: article.id, userId: author.id, body: 'Posted while listening' });
      await expect.poll(() => first.frames.join(''), { timeout: 5_000 }).toContain(`"id":${live.id},`);
      const ids = first.frames.flatMap((f) => [...f.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      // The sidebar's copy reaches every page.
      await expect.poll(() => elsewhere.frames.join(''), { timeout: 5_000 }).toContain(`"type":"recent","id":${live.id},`);
      expect(elsewhere.frames.join('')).not.toContain(`"type":"comment","articleId":${article.id}`);
    } finally {
      leave.forEach((l) => l());
    }
  });
});
