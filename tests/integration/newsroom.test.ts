import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createArticle, createComment, createUser, getDb, schema, sectionId, unique } from '../support/db';
import { getArticleForNewsroom, saveArticle } from '@/lib/dal/admin/article-editor';
import { listArticlesForNewsroom } from '@/lib/dal/admin/article-list';
import { publishDueArticles, transitionArticle } from '@/lib/dal/admin/article-workflow';
import { listRevisions, restoreRevision } from '@/lib/dal/admin/article-revisions';
import { addCorrection, listCorrections } from '@/lib/dal/admin/article-corrections';
import { unwrap } from '../support/result';
import { moderateComments, setBan, updateSettings, getSettings, moderationQueue, queueFilterOptions } from '@/lib/dal/admin/moderation';
import { changeRole, listUsers, auditEntries } from '@/lib/dal/admin/users';
import { getPublishedArticle, getFrontPage } from '@/lib/dal/articles';
import { getRecentComments, getThread } from '@/lib/dal/comments';
import type { Actor } from '@/lib/auth/permissions';
import type { ArticleFormInput } from '@/lib/validation/article';

async function actor(role: Actor['role']): Promise<Actor & { name: string }> {
  const u = await createUser({ role, name: `${role} ${unique('n')}`.slice(0, 80) });
  return { id: u.id, role, banned: false, name: u.name };
}

async function draftInput(overrides: Partial<ArticleFormInput> = {}): Promise<ArticleFormInput> {
  return {
    title: `Harbour dredging plan ${unique('t')}`,
    standfirst: 'The port authority weighs a contract.',
    slug: '',
    kind: 'News',
    sectionId: await sectionId('business'),
    body: 'First paragraph.\n\n## Subhead\n\nSecond paragraph.',
    tags: ['Shipping', 'Trade'],
    heroAlt: '',
    heroCaption: '',
    heroCredit: '',
    featured: false,
    commentsOpen: true,
    ...overrides,
  };
}

describe('authorization of every newsroom function', () => {
  it('refuses readers, banned staff and visitors everywhere', async () => {
    const reader = await actor('reader');
    const banned = { ...(await actor('editor')), banned: true };
    const article = await createArticle({ status: 'draft', publishedAt: null });
    for (const who of [null, reader, banned]) {
      expect(await saveArticle(who, await draftInput())).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await transitionArticle(who, article.id, 'published')).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await listArticlesForNewsroom(who, { page: 1 })).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await getArticleForNewsroom(who, article.id)).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await moderateComments(who, [1], 'hide')).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await setBan(who, reader.id, true)).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await changeRole(who, reader.id, 'admin')).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await getSettings(who)).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await auditEntries(who)).toMatchObject({ ok: false, code: 'forbidden' });
    }
    const [row] = await (await getDb()).select().from(schema.articles).where(eq(schema.articles.id, article.id));
    expect(row!.status).toBe('draft');
  });

  it('lets writers draft and submit, but not publish, moderate or manage users', async () => {
    const writer = await actor('writer');
    const saved = unwrap(await saveArticle(writer, await draftInput({ featured: true })));
    expect(saved).toMatchObject({ status: 'draft' });
    expect(await transitionArticle(writer, saved.id, 'published')).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await transitionArticle(writer, saved.id, 'review')).toMatchObject({ ok: true, value: { status: 'review' } });
    expect(await moderateComments(writer, [1], 'hide')).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await listUsers(writer, '')).toMatchObject({ ok: false, code: 'forbidden' });
    const other = await actor('writer');
    expect(await saveArticle(other, await draftInput({ id: saved.id, version: 1 }))).toMatchObject({ ok: false, code: 'forbidden' });
    const [row] = await (await getDb()).select().from(schema.articles).where(eq(schema.articles.id, saved.id));
    expect(row!.featured).toBe(false); // only editors feature stories
    expect(row!.authorId).toBe(writer.id);
  });

  it('keeps user management for admins; editors may ban readers but not staff', async () => {
    const editor = await actor('editor');
    const admin = await actor('admin');
    const reader = await actor('reader');
    const writer = await actor('writer');
    expect(await changeRole(editor, reader.id, 'writer')).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await setBan(editor, writer.id, true)).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await setBan(editor, reader.id, true)).ok).toBe(true);
    expect(await changeRole(admin, reader.id, 'writer')).toEqual({ ok: true, value: null });
    expect(await changeRole(admin, admin.id, 'reader')).toMatchObject({ ok: false });
    const [row] = await (await getDb()).select().from(schema.users).where(eq(schema.users.id, reader.id));
    expect(row).toMatchObject({ role: 'writer' });
    expect(row!.slug).toBeTruthy();
    expect(row!.bannedAt).not.toBeNull();
  });
});

describe('workflow', () => {
  it('publishes to every listing at once and unpublishes from all of them', async () => {
    const editor = await actor('editor');
    const saved = unwrap(await saveArticle(editor, await draftInput({ featured: true })));
    expect((await getPublishedArticle(saved.slug)).kind).toBe('missing');
    expect(await transitionArticle(editor, saved.id, 'published')).toMatchObject({ ok: true, value: { status: 'published' } });
    expect((await getPublishedArticle(saved.slug)).kind).toBe('article');
    expect((await getFrontPage()).lead?.id).toBe(saved.id);
    expect(await transitionArticle(editor, saved.id, 'archived')).toMatchObject({ ok: true, value: { status: 'archived' } });
    expect((await getPublishedArticle(saved.slug)).kind).toBe('missing');
    const log = unwrap(await auditEntries(await actor('admin')));
    expect(log.filter((e) => e.targetType === 'article' && e.targetId === String(saved.id)).map((e) => e.action)).toEqual([
      'article.unpublish',
      'article.publish',
    ]);
  });

  it('schedules only in the future, and publishes when the time comes', async () => {
    const editor = await actor('editor');
    const saved = unwrap(await saveArticle(editor, await draftInput()));
    expect(await transitionArticle(editor, saved.id, 'scheduled', new Date(Date.now() - 60_000))).toMatchObject({ ok: false, code: 'invalid' });
    const at = new Date(Date.now() + 120_000);
    expect(await transitionArticle(editor, saved.id, 'scheduled', at)).toMatchObject({ ok: true, value: { status: 'scheduled' } });
    expect(await publishDueArticles(new Date())).not.toContainEqual(expect.objectContaining({ id: saved.id }));
    expect((await getPublishedArticle(saved.slug)).kind).toBe('missing');
    const published = await publishDueArticles(new Date(at.getTime() + 1000));
    expect(published).toContainEqual({ id: saved.id, slug: saved.slug });
    expect((await getPublishedArticle(saved.slug)).kind).toBe('article');
  });

  it('publishes a due story once, with one audit entry, when several instances check at the same moment', async () => {
    const editor = await actor('editor');
    const saved = unwrap(await saveArticle(editor, await draftInput()));
    const at = new Date(Date.now() + 60_000);
    unwrap(await transitionArticle(editor, saved.id, 'scheduled', at));
    // Three instances' scheduler ticks, each its own transaction on its own connection.
    const ticks = await Promise.all([1, 2, 3].map(() => publishDueArticles(new Date(at.getTime() + 1000))));
    expect(ticks.filter((published) => published.some((a) => a.id === saved.id))).toHaveLength(1);
    const db = await getDb();
    const entries = await db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'article.publish'), eq(schema.auditLog.targetId, String(saved.id))));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.detail).toMatchObject({ scheduled: true });
  });
});

describe('corrections and republication', () => {
  it('appends a dated correction that counts as an update, for editors and published stories only', async () => {
    const editor = await actor('editor');
    const writer = await actor('writer');
    const saved = unwrap(await saveArticle(editor, await draftInput()));
    expect(await addCorrection(editor, saved.id, 'Not yet live.')).toMatchObject({ ok: false, code: 'invalid' });
    unwrap(await transitionArticle(editor, saved.id, 'published'));
    expect(await addCorrection(writer, saved.id, 'A writer may not.')).toMatchObject({ ok: false, code: 'forbidden' });
    const text = 'An earlier version of this article gave the contract’s value as £4m. It is £40m.';
    expect(await addCorrection(editor, saved.id, text)).toMatchObject({ ok: true, value: { slug: saved.slug } });
    const found = await getPublishedArticle(saved.slug);
    if (found.kind !== 'article') throw new Error('not published');
    expect(found.article.corrections).toEqual([{ id: expect.any(Number), text, createdAt: expect.any(String) }]);
    expect(found.article.revisedAt).toBe(found.article.corrections[0]!.createdAt);
    expect(unwrap(await listCorrections(writer, saved.id))).toMatchObject([{ text, editorName: editor.name }]);
    const log = unwrap(await auditEntries(await actor('admin')));
    expect(log.find((e) => e.action === 'article.correct' && e.targetId === String(saved.id))?.detail).toMatchObject({ correction: text });
  });

  it('keeps the first publication date when a story is taken down and published again, by hand or on schedule', async () => {
    const editor = await actor('editor');
    const db = await getDb();
    const read = async (id: number) => (await db.select().from(schema.articles).where(eq(schema.articles.id, id)))[0]!;
    const saved = unwrap(await saveArticle(editor, await draftInput()));
    unwrap(await transitionArticle(editor, saved.id, 'published'));
    const first = (await read(saved.id)).publishedAt!;
    expect((await read(saved.id)).firstPublishedAt).toEqual(first);

    unwrap(await transitionArticle(editor, saved.id, 'archived'));
    unwrap(await transitionArticle(editor, saved.id, 'draft'));
    unwrap(await saveArticle(editor, await draftInput({ id: saved.id, version: 1, body: 'Rewritten while it was down.' })));
    unwrap(await transitionArticle(editor, saved.id, 'published'));
    const again = await read(saved.id);
    expect(again.publishedAt).toEqual(first);
    expect(again.revisedAt!.getTime()).toBeGreaterThanOrEqual(first.getTime());

    unwrap(await transitionArticle(editor, saved.id, 'archived'));
    const at = new Date(Date.now() + 120_000);
    unwrap(await transitionArticle(editor, saved.id, 'scheduled', at));
    expect((await read(saved.id)).publishedAt).toEqual(at);
    await publishDueArticles(new Date(at.getTime() + 1000));
    const scheduled = await read(saved.id);
    expect(scheduled).toMatchObject({ status: 'published', publishedAt: first });
    expect(scheduled.revisedAt!.getTime()).toBeGreaterThan(again.revisedAt!.getTime() - 1);
  });
});

describe('slugs, versions and revisions', () => {
  it('generates unique slugs and redirects an old slug to the new one', async () => {
    const editor = await actor('editor');
    const title = `Same headline ${unique('s')}`;
    const a = unwrap(await saveArticle(editor, await draftInput({ title })));
    const b = unwrap(await saveArticle(editor, await draftInput({ title })));
    expect(a.slug).not.toBe(b.slug);
    expect(b.slug.startsWith(a.slug)).toBe(true);
    await transitionArticle(editor, a.id, 'published');
    expect(await saveArticle(editor, await draftInput({ id: a.id, version: 1, title, slug: b.slug }))).toMatchObject({ ok: false, code: 'slug-taken' });
    const renamed = await saveArticle(editor, await draftInput({ id: a.id, version: 1, title, slug: `${a.slug}-renamed` }));
    expect(renamed).toMatchObject({ ok: true, value: { previousSlug: a.slug, version: 2 } });
    expect(await getPublishedArticle(a.slug)).toEqual({ kind: 'redirect', slug: `${a.slug}-renamed` });
  });

  it('gives four stories created at once with one headline four addresses, and never a server error', async () => {
    const editor = await actor('editor');
    const title = `Racing headline ${unique('r')}`;
    const results = await Promise.all(Array.from({ length: 4 }, async () => saveArticle(editor, await draftInput({ title }))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.ok ? r.value.slug : ''))).size).toBe(4);
  });

  it('tells one of two editors renaming stories to one address at once that it is taken', async () => {
    const editor = await actor('editor');
    const a = unwrap(await saveArticle(editor, await draftInput()));
    const b = unwrap(await saveArticle(editor, await draftInput()));
    const wanted = `contested-${unique('c')}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
    const results = await Promise.all([a, b].map(async (x) => saveArticle(editor, await draftInput({ id: x.id, version: 1, slug: wanted }))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      ok: false,
      code: 'slug-taken',
      message: 'Another story already uses this address. Choose a different slug.',
    });
  });

  it('refuses a save based on an older version and overwrites nothing', async () => {
    const editor = await actor('editor');
    const other = await actor('editor');
    const saved = unwrap(await saveArticle(editor, await draftInput()));
    const first = await saveArticle(editor, await draftInput({ id: saved.id, version: 1, body: 'Editor one’s text' }));
    expect(first).toMatchObject({ ok: true, value: { version: 2 } });
    const stale = await saveArticle(other, await draftInput({ id: saved.id, version: 1, body: 'Editor two’s text' }));
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    const [row] = await (await getDb()).select().from(schema.articles).where(eq(schema.articles.id, saved.id));
    expect(row).toMatchObject({ body: 'Editor one’s text', version: 2 });
  });

  it('keeps a revision for every save and restores an old one as a new version', async () => {
    const editor = await actor('editor');
    const saved = unwrap(await saveArticle(editor, await draftInput({ body: 'Version one body' })));
    await saveArticle(editor, await draftInput({ id: saved.id, version: 1, body: 'Version two body' }));
    const revisions = unwrap(await listRevisions(editor, saved.id));
    expect(revisions.map((r) => r.version)).toEqual([2, 1]);
    expect(revisions[0]!.editorName).toBe(editor.name);
    const restored = await restoreRevision(editor, saved.id, revisions[1]!.id, 2);
    expect(restored).toMatchObject({ ok: true, value: { version: 3 } });
    const [row] = await (await getDb()).select().from(schema.articles).where(eq(schema.articles.id, saved.id));
    expect(row!.body).toBe('Version one body');
  });
});

describe('moderation', () => {
  it('hides a comment from the thread and sidebar at once, approves held ones, and logs both', async () => {
    const editor = await actor('editor');
    const reader = await createUser();
    const article = await createArticle();
    const visible = await createComment({ articleId: article.id, userId: reader.id, body: 'Going to be hidden', createdAt: new Date(Date.now() + 300_000) });
    const held = await createComment({ articleId: article.id, userId: reader.id, body: 'Held for review', status: 'pending' });
    expect((await getRecentComments(1))[0]?.id).toBe(visible.id);
    const queue = unwrap(await moderationQueue(editor, 'pending'));
    expect(queue.some((q) => q.id === held.id)).toBe(true);
    expect(await moderateComments(editor, [visible.id], 'hide')).toMatchObject({ ok: true, value: { articleIds: [article.id] } });
    expect(await moderateComments(editor, [held.id], 'approve')).toMatchObject({ ok: true });
    expect((await getRecentComments(5)).some((c) => c.id === visible.id)).toBe(false);
    const thread = await getThread(article.id);
    expect(thread.map((n) => n.body)).toEqual(['Held for review']);
    const [user] = await (await getDb()).select().from(schema.users).where(eq(schema.users.id, reader.id));
    expect(user).toMatchObject({ approvedComments: 1, rejectedComments: 1 });
  });

  it('stores settings that the pipeline then uses', async () => {
    const editor = await actor('editor');
    await updateSettings(editor, {
      premoderation: 'all',
      floodSeconds: 30,
      newUserLinkLimit: 2,
      trustedAfter: 5,
      bannedWords: ['spamword'],
      heldWords: [],
      closeAfterDays: null,
    });
    expect(await getSettings(editor)).toMatchObject({ ok: true, value: { premoderation: 'all', floodSeconds: 30, bannedWords: ['spamword'] } });
    await updateSettings(editor, {
      premoderation: 'off',
      floodSeconds: 15,
      newUserLinkLimit: 1,
      trustedAfter: 3,
      bannedWords: [],
      heldWords: [],
      closeAfterDays: null,
    });
  });

  it('filters a queue by story and by commenter', async () => {
    const editor = await actor('editor');
    const [ann, bob] = [await createUser(), await createUser()];
    const [first, second] = [await createArticle(), await createArticle()];
    const held = async (articleId: number, userId: string, body: string) => createComment({ articleId, userId, body, status: 'pending' });
    const annFirst = await held(first.id, ann.id, 'Ann on the first story');
    const bobFirst = await held(first.id, bob.id, 'Bob on the first story');
    const annSecond = await held(second.id, ann.id, 'Ann on the second story');
    const ids = (items: { id: number }[]) => items.map((i) => i.id).sort();
    expect(ids(unwrap(await moderationQueue(editor, 'pending', { articleId: first.id })))).toEqual(ids([annFirst, bobFirst]));
    expect(ids(unwrap(await moderationQueue(editor, 'pending', { authorId: ann.id })))).toEqual(ids([annFirst, annSecond]));
    expect(ids(unwrap(await moderationQueue(editor, 'pending', { articleId: second.id, authorId: bob.id })))).toEqual([]);
    const options = unwrap(await queueFilterOptions(editor, 'pending'));
    expect(options.articles.find((a) => a.id === first.id)).toMatchObject({ count: 2, title: first.title });
    expect(options.authors.find((a) => a.id === ann.id)).toMatchObject({ count: 2 });
    expect(await queueFilterOptions(await actor('writer'), 'pending')).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('records in the audit log what each settings change changed, old → new', async () => {
    const editor = await actor('editor');
    const admin = await actor('admin');
    const before = unwrap(await getSettings(editor));
    const after = { ...before, floodSeconds: before.floodSeconds + 7, bannedWords: [...before.bannedWords, 'auditword'] };
    expect(await updateSettings(editor, after)).toEqual({ ok: true, value: { changed: ['floodSeconds', 'bannedWords'] } });
    const [entry] = unwrap(await auditEntries(admin)).filter((e) => e.action === 'settings.moderation');
    expect(entry!.detail).toEqual({
      changes: {
        floodSeconds: { from: before.floodSeconds, to: before.floodSeconds + 7 },
        bannedWords: { from: before.bannedWords, to: [...before.bannedWords, 'auditword'] },
      },
    });
    const count = unwrap(await auditEntries(admin)).filter((e) => e.action === 'settings.moderation').length;
    expect(await updateSettings(editor, after)).toEqual({ ok: true, value: { changed: [] } });
    expect(unwrap(await auditEntries(admin)).filter((e) => e.action === 'settings.moderation')).toHaveLength(count);
    await updateSettings(editor, before);
  });
});
