/**
 * Every shape of story an editor can save renders on every reader page, feed and sitemap that shows it:
 * no tags, no hero, no standfirst, no caption, a one-line body, a 300-character headline, Arabic,
 * Chinese, Cyrillic and emoji text, an author without a bio, a section with no stories, a tag with one
 * story, a story whose only comments are hidden. The stories are written through the DAL and published
 * by the server's own scheduler, which refreshes every cached listing the way it does in production.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { getDb, schema, unique } from '../support/db';
import { parseXml, textOf, childrenNamed, type XmlNode } from '../support/xml';
import { saveArticle } from '@/lib/dal/admin/article-editor';
import { changeRole } from '@/lib/dal/admin/users';
import { moderateComments } from '@/lib/dal/admin/moderation';
import { storeUploadedImage } from '@/lib/dal/images';
import { createAccount } from '@/lib/dal/users';
import { postComment } from '@/lib/dal/comment-writes';
import type { CurrentUser } from '@/lib/dal/session';
import type { ArticleFormInput } from '@/lib/validation/article';
import { internalToken } from '@/lib/internal-token';
import { get, inBatches, titleOf } from './support/http';

type Story = { key: string; id: number; slug: string; title: string; tags: string[] };

const HEADLINE_300 = (() => {
  const words =
    'Parliament passes sweeping reform of pensions, energy subsidies and regional transport after an all-night sitting in which ministers conceded amendments on rural bus routes, heating allowances for pensioners and a review of the windfall tax on generators, while the opposition promised to repeal the measures';
  const cut = words.slice(0, 300);
  return cut.length === 300 ? cut : cut.padEnd(300, '.');
})();

const PNG_1X1 = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360f8cfc0f01f0005000201ee6fd2a20000000049454e44ae426082',
  'hex',
);

let editor: CurrentUser;
let author: CurrentUser;
let reader: CurrentUser;
let emptySection: { slug: string; name: string };
const stories: Story[] = [];
let loneTag: { slug: string; name: string };

async function staffUser(email: string): Promise<CurrentUser> {
  const db = await getDb();
  const [row] = await db.select().from(schema.users).where(eq(schema.users.email, email)).limit(1);
  return { id: row!.id, name: row!.name, email: row!.email, role: row!.role, banned: false, approvedComments: row!.approvedComments };
}

function input(overrides: Partial<ArticleFormInput> & Pick<ArticleFormInput, 'title' | 'sectionId'>): ArticleFormInput {
  return {
    standfirst: '',
    slug: '',
    kind: 'News',
    authorId: author.id,
    body: 'One line of body text.',
    tags: [],
    heroAlt: '',
    heroCaption: '',
    heroCredit: '',
    featured: false,
    commentsOpen: true,
    ...overrides,
  };
}

beforeAll(async () => {
  const db = await getDb();
  editor = await staffUser('editor@newshub.test');
  const admin = await staffUser('admin@newshub.test');

  // A writer with no bio, promoted through the newsroom so that they get an author page.
  const tag = unique('bio');
  const account = await createAccount({ name: `Nadia Haddad ${tag.slice(-4)}`, email: `${tag}@example.com`, password: `long-pass-${tag}` });
  if (!account.ok) throw new Error('account');
  expect(await changeRole(admin, account.value.userId, 'writer')).toEqual({ ok: true, value: null });
  author = { ...(await staffUser(`${tag}@example.com`)) };
  const readerAccount = await createAccount({ name: `Reader ${tag.slice(-5)}`, email: `r-${tag}@example.com`, password: `long-pass-r-${tag}` });
  if (!readerAccount.ok) throw new Error('reader');
  reader = await staffUser(`r-${tag}@example.com`);

  const slugPart = tag.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const [section] = await db
    .insert(schema.sections)
    .values({ slug: `quiet-${slugPart}`.slice(0, 60).replace(/-+$/, ''), name: 'Quiet Desk', description: '', position: 99 })
    .returning();
  emptySection = { slug: section!.slug, name: section!.name };
  const [world] = await db.select().from(schema.sections).where(eq(schema.sections.slug, 'world'));
  const sectionId = world!.id;

  const image = await storeUploadedImage(editor, Buffer.concat([PNG_1X1, Buffer.from(tag)]), 'image/png');
  if (!image.ok) throw new Error('image');
  loneTag = { name: `Only once ${tag.slice(-6)}`, slug: '' };

  const shapes: { key: string; form: ArticleFormInput }[] = [
    { key: 'bare', form: input({ title: 'Council approves the budget without a vote to spare', sectionId }) },
    { key: 'long-headline', form: input({ title: HEADLINE_300, sectionId, standfirst: 'The longest headline an editor can save.', tags: ['Parliament'] }) },
    {
      key: 'arabic',
      form: input({
        title: 'محادثات السلام في إسطنبول تقترب من وقف إطلاق النار',
        standfirst: 'الوفود تتفق على جدول أعمال للجولة المقبلة',
        body: 'قال دبلوماسيون إن الجانبين اتفقا على مواصلة المحادثات الأسبوع المقبل.\n\nولم يعلق أي من الطرفين على التفاصيل.',
        tags: ['سياسة'],
        sectionId,
      }),
    },
    {
      key: 'chinese',
      form: input({
        title: '央行维持利率不变，市场反应平淡',
        standfirst: '分析人士预计年底前不会降息',
        body: '中央银行周二宣布维持基准利率不变。',
        tags: ['经济'],
        sectionId,
      }),
    },
    {
      key: 'cyrillic',
      form: input({
        title: 'Переговоры в Стамбуле: стороны договорились о новом раунде',
        body: 'Делегации встретятся снова через неделю.',
        tags: ['Дипломатия'],
        sectionId,
      }),
    },
    {
      key: 'emoji',
      form: input({
        title: 'Markets 📈 rally as rates fall 🎉',
        standfirst: 'Traders 🤝 cheered the decision.',
        body: 'Shares rose 📈 across Europe.',
        tags: ['Markets 📈'],
        sectionId,
      }),
    },
    {
      key: 'hero-without-caption',
      form: input({
        title: 'Harbour cranes return to work after the strike',
        heroImageId: image.value.id,
        heroAlt: 'Cranes at dawn',
        tags: [loneTag.name],
        sectionId,
      }),
    },
    { key: 'hidden-comments', form: input({ title: 'Town hall debate draws a full house', standfirst: 'Residents queued for an hour.', sectionId }) },
  ];

  for (const shape of shapes) {
    const saved = await saveArticle(editor, shape.form);
    if (!saved.ok) throw new Error(`${shape.key}: ${JSON.stringify(saved)}`);
    stories.push({ key: shape.key, id: saved.value.id, slug: saved.value.slug, title: shape.form.title, tags: shape.form.tags });
  }

  // Due now: the server's scheduler publishes them and refreshes every cached listing.
  await db
    .update(schema.articles)
    .set({ status: 'scheduled', publishedAt: new Date(Date.now() - 60_000) })
    .where(
      inArray(
        schema.articles.id,
        stories.map((s) => s.id),
      ),
    );
  const published = await get('/api/internal/scheduler', { method: 'POST', headers: { authorization: internalToken('scheduler') } });
  expect(published.status).toBe(200);
  expect((await published.json()).published).toBeGreaterThanOrEqual(stories.length);

  const [lone] = await db
    .select({ slug: schema.tags.slug })
    .from(schema.articleTags)
    .innerJoin(schema.tags, eq(schema.articleTags.tagId, schema.tags.id))
    .where(eq(schema.articleTags.articleId, stories.find((s) => s.key === 'hero-without-caption')!.id));
  loneTag.slug = lone!.slug;

  // The only comment under this story is hidden by a moderator.
  const target = stories.find((s) => s.key === 'hidden-comments')!;
  const posted = await postComment(reader, { articleId: target.id, parentId: null, body: 'A comment nobody should see.' });
  if (!posted.ok) throw new Error(posted.message);
  expect(await moderateComments(editor, [posted.value.comment.id], 'hide')).toMatchObject({ ok: true });
});

async function expectPage(path: string): Promise<string> {
  const response = await get(path);
  const html = await response.text();
  expect(response.status, `${path} status`).toBe(200);
  const title = titleOf(html);
  expect(title, `${path} <title>`).toBeTruthy();
  return html;
}

async function expectXml(path: string): Promise<XmlNode> {
  const response = await get(path);
  expect(response.status, `${path} status`).toBe(200);
  return parseXml(await response.text());
}

const decodeEntities = (html: string) =>
  html
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

describe('stories of every shape', () => {
  it('render their article pages with the headline in the title', async () => {
    for (const story of stories) {
      const html = decodeEntities(await expectPage(`/articles/${story.slug}`));
      expect(html, story.key).toContain(story.title.slice(0, 40));
    }
  });

  it('are whole in the HTML: no part of a reader page waits hidden for a script to reveal it', async () => {
    const paths = ['/', '/world', ...stories.map((story) => `/articles/${story.slug}`)];
    for (const path of paths) expect(await expectPage(path), path).not.toMatch(/<div hidden id="S:\d+"/);
  });

  it('hide a story’s hidden comments and still render its comment feed', async () => {
    const story = stories.find((s) => s.key === 'hidden-comments')!;
    const html = await expectPage(`/articles/${story.slug}`);
    expect(html).not.toContain('A comment nobody should see.');
    const feed = await expectXml(`/articles/${story.slug}/comments.xml`);
    expect(JSON.stringify(feed)).not.toContain('nobody should see');
    for (const s of stories) expect((await get(`/articles/${s.slug}/comments.xml`)).status, s.key).toBe(200);
  });

  it('draw a share card for each story, with the fonts the app ships and nothing fetched', async () => {
    for (const story of stories) {
      const response = await get(`/articles/${story.slug}/social-card.png`);
      expect(response.status, story.key).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
    }
    expect(readFileSync(inject('serverLog'), 'utf8')).not.toMatch(/dynamic font|fonts\.googleapis/);
  });

  it('appear on the front page, their section, their author page and the site feeds', async () => {
    const home = decodeEntities(await expectPage('/'));
    const section = decodeEntities(await expectPage('/world'));
    const authorSlug = (await (await getDb()).select({ slug: schema.users.slug }).from(schema.users).where(eq(schema.users.id, author.id)))[0]!.slug!;
    const authorPage = decodeEntities(await expectPage(`/authors/${authorSlug}`));
    expect(authorPage).toContain(author.name);
    const listed = [home, section, authorPage].join('\n');
    expect(listed).toContain('Town hall debate draws a full house');
    for (const path of ['/feed.xml', '/atom.xml', '/world/feed.xml', '/world/atom.xml', `/authors/${authorSlug}/feed.xml`, `/authors/${authorSlug}/atom.xml`]) {
      const feed = JSON.stringify(await expectXml(path));
      for (const story of stories) expect(feed, `${path} lists ${story.key}`).toContain(story.slug);
    }
  });

  it('give every tag a page, including tags in other scripts and a tag with one story', async () => {
    const db = await getDb();
    const rows = await db
      .select({ slug: schema.tags.slug, name: schema.tags.name, articleId: schema.articleTags.articleId })
      .from(schema.articleTags)
      .innerJoin(schema.tags, eq(schema.articleTags.tagId, schema.tags.id))
      .where(
        inArray(
          schema.articleTags.articleId,
          stories.map((s) => s.id),
        ),
      );
    // Every tag the editor typed was kept, whatever its script (a tag whose address an existing tag has is that tag).
    for (const story of stories) expect(rows.filter((r) => r.articleId === story.id).length, `${story.key} keeps its tags`).toBe(story.tags.length);
    for (const name of ['سياسة', '经济', 'Дипломатия']) expect(rows.map((r) => r.name)).toContain(name);
    for (const row of rows) {
      const html = decodeEntities(await expectPage(`/tags/${row.slug}`));
      expect(html).toContain(row.name);
    }
    const lone = decodeEntities(await expectPage(`/tags/${loneTag.slug}`));
    expect(lone).toContain('Harbour cranes return to work after the strike');
  });

  it('leave a section without stories with a page, feeds and a clear message', async () => {
    const html = await expectPage(`/${emptySection.slug}`);
    expect(html).toContain(emptySection.name);
    await expectXml(`/${emptySection.slug}/feed.xml`);
    await expectXml(`/${emptySection.slug}/atom.xml`);
  });

  it('are listed in every sitemap that should list them', async () => {
    const index = await expectXml('/sitemap.xml');
    const files = childrenNamed(index, 'sitemap').map((s) => new URL(textOf(s, 'loc')).pathname);
    expect(files.length).toBeGreaterThan(0);
    const all = (await inBatches(files, 4, async (path) => JSON.stringify(await expectXml(path)))).join('\n');
    for (const story of stories) expect(all, story.key).toContain(`/articles/${story.slug}`);
    const news = JSON.stringify(await expectXml('/sitemaps/news.xml'));
    for (const story of stories) expect(news, story.key).toContain(`/articles/${story.slug}`);
  });

  it('can be found by search, in every script', async () => {
    for (const [query, key] of [
      ['Council budget', 'bare'],
      ['Стамбуле', 'cyrillic'],
      ['Harbour cranes', 'hero-without-caption'],
    ] as const) {
      const html = await expectPage(`/search?q=${encodeURIComponent(query)}`);
      expect(html, query).toContain(`/articles/${stories.find((s) => s.key === key)!.slug}`);
    }
    for (const query of ['إسطنبول', '央行', '📈']) await expectPage(`/search?q=${encodeURIComponent(query)}`);
  });
});
