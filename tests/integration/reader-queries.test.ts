import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createArticle, createComment, createUser, getDb, schema, sectionId, unique } from '../support/db';
import { getRecentComments, getThread, getCommentCounts, getMostDiscussed, DELETED_USER } from '@/lib/dal/comments';
import { getFrontPage, getPublishedArticle, getSectionPage, getTagPage, PAGE_SIZE } from '@/lib/dal/articles';
import { getAuthorPage } from '@/lib/dal/authors';

describe('Recent Comments sidebar', () => {
  it('shows only published comments on published articles, newest first', async () => {
    const reader = await createUser();
    const live = await createArticle();
    const draft = await createArticle({ status: 'draft', publishedAt: null });
    const archived = await createArticle({ status: 'archived' });
    const scheduled = await createArticle({ status: 'scheduled', publishedAt: new Date(Date.now() + 86_400_000) });
    const t = Date.now() + 60_000; // newer than anything seeded
    const at = (n: number) => new Date(t + n * 1000);
    const visible = await createComment({ articleId: live.id, userId: reader.id, body: 'Visible comment', createdAt: at(1) });
    await createComment({ articleId: live.id, userId: reader.id, body: 'Pending comment', status: 'pending', createdAt: at(2) });
    await createComment({ articleId: live.id, userId: reader.id, body: 'Hidden comment', status: 'hidden', createdAt: at(3) });
    await createComment({ articleId: live.id, userId: reader.id, body: 'Deleted comment', status: 'deleted', createdAt: at(4) });
    for (const article of [draft, archived, scheduled])
      await createComment({ articleId: article.id, userId: reader.id, body: `On ${article.status}`, createdAt: at(5) });
    const newest = await createComment({ articleId: live.id, userId: reader.id, body: 'Newest comment', createdAt: at(6) });

    const recent = await getRecentComments(5);
    expect(recent.slice(0, 2).map((c) => c.id)).toEqual([newest.id, visible.id]);
    const bodies = recent.map((c) => c.excerpt);
    for (const hidden of ['Pending comment', 'Hidden comment', 'Deleted comment', 'On draft', 'On archived', 'On scheduled'])
      expect(bodies).not.toContain(hidden);
    expect(recent[0]).toMatchObject({ articleSlug: live.slug, articleTitle: live.title, authorName: reader.name });
  });

  it('shortens long comments and names deleted accounts', async () => {
    const reader = await createUser();
    const article = await createArticle();
    await createComment({ articleId: article.id, userId: reader.id, body: 'word '.repeat(200), createdAt: new Date(Date.now() + 120_000) });
    const db = await getDb();
    await db.delete(schema.users).where(eq(schema.users.id, reader.id));
    const [first] = await getRecentComments(1);
    expect(first!.authorName).toBe(DELETED_USER);
    expect(Array.from(first!.excerpt).length).toBeLessThanOrEqual(121);
    expect(first!.excerpt.endsWith('…')).toBe(true);
  });

  it('keeps to one section when asked, and finds nothing for an unknown one', async () => {
    const reader = await createUser();
    const inFinance = await createArticle({ sectionId: await sectionId('finance') });
    const elsewhere = await createArticle();
    // Both at the present (a comment from the future would outrank other suites' newest), the other one later.
    const financeComment = await createComment({ articleId: inFinance.id, userId: reader.id, body: 'On the gilt market' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await createComment({ articleId: elsewhere.id, userId: reader.id, body: 'Somewhere else' });
    const recent = await getRecentComments(5, { sectionSlug: 'finance' });
    expect(recent[0]!.id).toBe(financeComment.id);
    expect(recent.map((c) => c.excerpt)).not.toContain('Somewhere else');
    expect(await getRecentComments(5, { sectionSlug: 'no-such-section' })).toEqual([]);
  });

  it('clamps the limit', async () => {
    expect((await getRecentComments(1000)).length).toBeLessThanOrEqual(50);
    expect((await getRecentComments(-5)).length).toBe(1);
  });
});

describe('Most discussed', () => {
  it('ranks published stories by their recent published comments, and counts nothing else', async () => {
    const reader = await createUser();
    const busy = await createArticle();
    const quieter = await createArticle();
    const draft = await createArticle({ status: 'draft', publishedAt: null });
    const old = new Date(Date.now() - 30 * 86_400_000);
    for (let i = 0; i < 30; i++) await createComment({ articleId: busy.id, userId: reader.id, body: `Busy ${i}` });
    for (let i = 0; i < 29; i++) await createComment({ articleId: quieter.id, userId: reader.id, body: `Quieter ${i}` });
    for (const status of ['pending', 'hidden', 'deleted'] as const)
      for (let i = 0; i < 5; i++) await createComment({ articleId: quieter.id, userId: reader.id, body: `Not counted ${status}`, status });
    for (let i = 0; i < 5; i++) await createComment({ articleId: quieter.id, userId: reader.id, body: 'Long ago', createdAt: old });
    for (let i = 0; i < 40; i++) await createComment({ articleId: draft.id, userId: reader.id, body: `On a draft ${i}` });

    const ranked = await getMostDiscussed(20);
    const ids = ranked.map((a) => a.id);
    expect(ids).not.toContain(draft.id);
    expect(ids.indexOf(busy.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(busy.id)).toBeLessThan(ids.indexOf(quieter.id));
    expect(ranked.find((a) => a.id === quieter.id)!.commentCount).toBe(29);
    expect(ranked.map((a) => a.commentCount)).toEqual([...ranked.map((a) => a.commentCount)].sort((a, b) => b - a));
  });
});

describe('article lookup', () => {
  it('finds a published article with its tags and related stories', async () => {
    const found = await getPublishedArticle('istanbul-talks-inch-towards-a-ceasefire');
    expect(found.kind).toBe('article');
    if (found.kind !== 'article') return;
    expect(found.article.section.slug).toBe('world');
    expect(found.article.tags.length).toBeGreaterThan(0);
    expect(found.article.author?.slug).toBeTruthy();
    expect(found.related.length).toBeGreaterThan(0);
    expect(found.related.every((r) => r.id !== found.article.id)).toBe(true);
  });

  it('treats drafts, reviews, scheduled, archived and unknown slugs as missing', async () => {
    for (const status of ['draft', 'review', 'scheduled', 'archived'] as const) {
      const article = await createArticle({ status, publishedAt: status === 'draft' || status === 'review' ? null : new Date() });
      expect((await getPublishedArticle(article.slug)).kind, status).toBe('missing');
    }
    expect((await getPublishedArticle('no-such-story')).kind).toBe('missing');
    expect((await getPublishedArticle('draft-port-authority-dredging-contract')).kind).toBe('missing');
  });

  it('redirects an old slug to the current one', async () => {
    const article = await createArticle();
    const oldSlug = unique('old')
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-');
    const db = await getDb();
    await db.insert(schema.slugRedirects).values({ oldSlug, articleId: article.id });
    expect(await getPublishedArticle(oldSlug)).toEqual({ kind: 'redirect', slug: article.slug });
  });
});

describe('listings', () => {
  it('pages a section newest first, with an empty page past the end', async () => {
    const section = 'culture';
    const db = await getDb();
    const [s] = await db.select().from(schema.sections).where(eq(schema.sections.slug, section));
    for (let i = 0; i < PAGE_SIZE + 2; i++) await createArticle({ sectionId: s!.id, publishedAt: new Date(Date.now() - i * 60_000) });
    const first = await getSectionPage(section, 1);
    expect(first!.articles.items).toHaveLength(PAGE_SIZE);
    expect(first!.articles.totalPages).toBeGreaterThanOrEqual(2);
    const dates = first!.articles.items.map((a) => a.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    const second = await getSectionPage(section, 2);
    expect(second!.articles.items.length).toBeGreaterThan(0);
    expect(second!.articles.items.some((a) => first!.articles.items.some((b) => b.id === a.id))).toBe(false);
    const beyond = await getSectionPage(section, 999);
    expect(beyond!.articles.items).toEqual([]);
    expect(await getSectionPage('no-such-section', 1)).toBeNull();
  });

  it('never lists unpublished articles', async () => {
    const draft = await createArticle({ status: 'draft', publishedAt: null, featured: true });
    const front = await getFrontPage();
    const all = [front.lead, ...front.top, ...front.latest, ...front.sections.flatMap((s) => s.articles)];
    expect(all.some((a) => a?.id === draft.id)).toBe(false);
    const world = await getSectionPage('world', 1);
    expect(world!.articles.items.some((a) => a.id === draft.id)).toBe(false);
  });

  it('does not repeat a story on the front page while a section has others to show', async () => {
    const front = await getFrontPage();
    const aboveIds = [front.lead, ...front.top, ...front.latest].map((a) => a?.id);
    const above = new Set(aboveIds);
    expect(front.top.length).toBe(4);
    expect(front.latest.length).toBeGreaterThan(0);
    expect(above.size).toBe(aboveIds.length);
    expect(front.sections.length).toBeGreaterThan(0);
    for (const row of front.sections) {
      expect(row.articles.length).toBeGreaterThan(0);
      expect(row.articles.length).toBeLessThanOrEqual(3);
      const [first, second] = [await getSectionPage(row.section.slug, 1), await getSectionPage(row.section.slug, 2)];
      const listed = [...first!.articles.items, ...second!.articles.items].map((a) => a.id).slice(0, 3 + above.size);
      const unseen = listed.filter((id) => !above.has(id));
      // The newest stories not shown above; only a section with nothing new repeats its newest.
      const expected = (unseen.length > 0 ? unseen : listed).slice(0, 3);
      expect(
        row.articles.map((a) => a.id),
        row.section.slug,
      ).toEqual(expected);
    }
  });

  it('lists an author’s and a tag’s published stories', async () => {
    const author = await getAuthorPage('amara-osei', 1);
    expect(author!.author.name).toBe('Amara Osei');
    expect(author!.articles.items.length).toBeGreaterThan(0);
    expect(author!.articles.items.every((a) => a.author?.slug === 'amara-osei')).toBe(true);
    expect(await getAuthorPage('sam-carter', 1)).toBeNull(); // readers have no author page
    const tag = await getTagPage('diplomacy', 1);
    expect(tag!.articles.total).toBeGreaterThan(1);
  });
});

describe('comment thread', () => {
  it('returns published comments with replies and counts', async () => {
    const reader = await createUser();
    const article = await createArticle();
    const parent = await createComment({ articleId: article.id, userId: reader.id, body: 'Parent' });
    await createComment({ articleId: article.id, userId: reader.id, body: 'Reply', parentId: parent.id });
    await createComment({ articleId: article.id, userId: reader.id, body: 'Held', status: 'pending' });
    const thread = await getThread(article.id);
    expect(thread).toHaveLength(1);
    expect(thread[0]!.replies[0]!.body).toBe('Reply');
    expect(await getCommentCounts([article.id])).toEqual({ [article.id]: 2 });
  });
});
