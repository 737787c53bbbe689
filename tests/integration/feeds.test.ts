import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createArticle, createComment, createUser, getDb, schema, sectionId, unique } from '../support/db';
import { child, childrenNamed, parseXml, textOf, type XmlNode } from '../support/xml';
import { authorFeed, commentsFeed, robotsTxt, sectionFeed, siteFeed, sitemapFile, sitemapIndex } from '@/lib/feeds/documents';
import { getSitemapEntries, getSitemapFiles } from '@/lib/dal/sitemaps';
import { siteUrl } from '@/lib/env';
import { getDb as watchedGetDb } from '@/db';

// Fixed-path route handlers call connection() to stay out of the build; outside Next it only needs to resolve.
const connection = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection }));
// Watched, not replaced: the placeholder test checks that no handler reaches the database.
vi.mock('@/db', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/db')>();
  return { ...actual, getDb: vi.fn(actual.getDb) };
});

const ORIGIN = siteUrl();
const slugOf = (prefix: string) =>
  unique(prefix)
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-');

type Fixture = {
  author: typeof schema.users.$inferSelect;
  tag: typeof schema.tags.$inferSelect;
  image: { id: string; byteSize: number };
  live: typeof schema.articles.$inferSelect;
  old: typeof schema.articles.$inferSelect;
  hidden: (typeof schema.articles.$inferSelect)[];
};
let fx: Fixture;

beforeAll(async () => {
  const db = await getDb();
  const author = await createUser({ role: 'writer', slug: slugOf('writer'), name: 'Feed Writer' });
  const [tag] = await db
    .insert(schema.tags)
    .values({ slug: slugOf('tag'), name: 'Feed <Topic> & Co' })
    .returning();
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" data-n="${unique('img')}"/>`);
  const [image] = await db
    .insert(schema.images)
    .values({ contentType: 'image/svg+xml', byteSize: svg.length, sha256: createHash('sha256').update(svg).digest('hex'), data: svg })
    .returning({ id: schema.images.id, byteSize: schema.images.byteSize });
  const finance = await sectionId('finance');
  const common = { sectionId: finance, authorId: author.id, heroImageId: image!.id, heroAlt: 'A chart' };
  const now = Date.now();
  const live = await createArticle({
    ...common,
    slug: slugOf('live'),
    title: 'Markets rally \u0001as <b>"rates"</b> & bonds ]]> fall',
    standfirst: 'Stocks rose <script>alert(1)</script> on Monday.',
    // The newest story, so it leads the site feed whatever other test files published before.
    publishedAt: new Date(now),
    revisedAt: new Date(now + 1000),
  });
  const old = await createArticle({ ...common, slug: slugOf('old'), title: 'An older story', publishedAt: new Date(Date.now() - 3 * 86_400_000) });
  const hidden = [
    await createArticle({ ...common, slug: slugOf('draft'), status: 'draft', publishedAt: null }),
    await createArticle({ ...common, slug: slugOf('review'), status: 'review', publishedAt: null }),
    await createArticle({ ...common, slug: slugOf('scheduled'), status: 'scheduled', publishedAt: new Date(Date.now() + 86_400_000) }),
    await createArticle({ ...common, slug: slugOf('archived'), status: 'archived', publishedAt: new Date(Date.now() - 120_000) }),
  ];
  await db.insert(schema.articleTags).values([live, old, ...hidden].map((a) => ({ articleId: a.id, tagId: tag!.id })));
  fx = { author, tag: tag!, image: image!, live, old, hidden };
});

const items = (rss: XmlNode) => childrenNamed(child(rss, 'channel'), 'item');
const entries = (atom: XmlNode) => childrenNamed(atom, 'entry');
const itemFor = (rss: XmlNode, slug: string) => items(rss).find((i) => textOf(i, 'link') === `${ORIGIN}/articles/${slug}`);
const entryFor = (atom: XmlNode, slug: string) => entries(atom).find((e) => child(e, 'link').attrs.href === `${ORIGIN}/articles/${slug}`);

function expectRssItem(rss: XmlNode) {
  const item = itemFor(rss, fx.live.slug);
  expect(item, 'live article in feed').toBeDefined();
  expect(textOf(item!, 'title')).toBe('Markets rally as <b>"rates"</b> & bonds ]]> fall');
  expect(child(item!, 'guid').attrs.isPermaLink).toBe('false');
  expect(textOf(item!, 'guid')).toMatch(new RegExp(`^tag:[^,]+,2026:article:${fx.live.id}$`));
  expect(new Date(textOf(item!, 'pubDate')).getTime()).toBe(Math.floor(fx.live.publishedAt!.getTime() / 1000) * 1000);
  expect(textOf(item!, 'description')).toBe('<p>Stocks rose &lt;script&gt;alert(1)&lt;/script&gt; on Monday.</p>');
  expect(textOf(item!, 'dc:creator')).toBe('Feed Writer');
  expect(childrenNamed(item!, 'category').map((c) => c.text)).toEqual(['Finance', 'Feed <Topic> & Co']);
  expect(child(item!, 'enclosure').attrs).toEqual({ url: `${ORIGIN}/media/${fx.image.id}`, length: String(fx.image.byteSize), type: 'image/svg+xml' });
}

function expectAtomEntry(atom: XmlNode) {
  const entry = entryFor(atom, fx.live.slug);
  expect(entry, 'live article in feed').toBeDefined();
  expect(textOf(entry!, 'id')).toMatch(new RegExp(`^tag:[^,]+,2026:article:${fx.live.id}$`));
  expect(textOf(entry!, 'published')).toBe(fx.live.publishedAt!.toISOString());
  expect(textOf(entry!, 'updated')).toBe(fx.live.revisedAt!.toISOString());
  expect(textOf(entry!, 'summary')).toBe('Stocks rose <script>alert(1)</script> on Monday.');
  expect(textOf(child(entry!, 'author'), 'name')).toBe('Feed Writer');
  expect(textOf(child(entry!, 'author'), 'uri')).toBe(`${ORIGIN}/authors/${fx.author.slug}`);
  expect(childrenNamed(entry!, 'category').map((c) => c.attrs.term)).toEqual(['finance', fx.tag.slug]);
  expect(childrenNamed(entry!, 'link').find((l) => l.attrs.rel === 'enclosure')?.attrs).toMatchObject({
    type: 'image/svg+xml',
    href: `${ORIGIN}/media/${fx.image.id}`,
  });
}

function expectNoUnpublished(xml: string) {
  for (const article of fx.hidden) expect(xml, `${article.status} article leaked`).not.toContain(article.slug);
}

describe('article feeds', () => {
  it('site RSS and Atom are well-formed and carry every field', async () => {
    const rssXml = await siteFeed('rss');
    const rss = parseXml(rssXml);
    expect(rss.attrs.version).toBe('2.0');
    const channel = child(rss, 'channel');
    expect(textOf(channel, 'link')).toBe(`${ORIGIN}/`);
    expect(child(channel, 'atom:link').attrs.href).toBe(`${ORIGIN}/feed.xml`);
    expect(items(rss).length).toBeGreaterThan(1);
    expectRssItem(rss);
    expectNoUnpublished(rssXml);

    const atomXml = await siteFeed('atom');
    const atom = parseXml(atomXml);
    expect(atom.name).toBe('feed');
    expect(childrenNamed(atom, 'link').find((l) => l.attrs.rel === 'self')?.attrs.href).toBe(`${ORIGIN}/atom.xml`);
    expectAtomEntry(atom);
    expectNoUnpublished(atomXml);
  });

  it('carry a story’s corrections, dated, in its item', async () => {
    const db = await getDb();
    await db
      .insert(schema.articleCorrections)
      .values({ articleId: fx.live.id, body: 'An earlier version misstated the yield. It is 4.1%.', createdAt: new Date('2026-05-06T08:00:00Z') });
    for (const format of ['rss', 'atom'] as const) {
      const xml = await siteFeed(format);
      parseXml(xml);
      expect(xml, format).toContain('Correction, 6 May 2026: An earlier version misstated the yield. It is 4.1%.');
    }
    await db.delete(schema.articleCorrections).where(eq(schema.articleCorrections.articleId, fx.live.id));
  });

  it('section feeds list only that section', async () => {
    const rssXml = (await sectionFeed('finance', 'rss'))!;
    const rss = parseXml(rssXml);
    expect(textOf(child(rss, 'channel'), 'link')).toBe(`${ORIGIN}/finance`);
    expect(child(child(rss, 'channel'), 'atom:link').attrs.href).toBe(`${ORIGIN}/finance/feed.xml`);
    expectRssItem(rss);
    expect(items(rss).every((i) => childrenNamed(i, 'category')[0]!.text === 'Finance')).toBe(true);
    expectNoUnpublished(rssXml);
    const atomXml = (await sectionFeed('finance', 'atom'))!;
    expectAtomEntry(parseXml(atomXml));
    expectNoUnpublished(atomXml);
    expect(await sectionFeed('no-such-section', 'rss')).toBeNull();
  });

  it('author feeds list only that writer, and readers have none', async () => {
    const rssXml = (await authorFeed(fx.author.slug!, 'rss'))!;
    const rss = parseXml(rssXml);
    expectRssItem(rss);
    expect(
      items(rss)
        .map((i) => textOf(i, 'link'))
        .sort(),
    ).toEqual([fx.live.slug, fx.old.slug].map((s) => `${ORIGIN}/articles/${s}`).sort());
    expectNoUnpublished(rssXml);
    const atomXml = (await authorFeed(fx.author.slug!, 'atom'))!;
    expectAtomEntry(parseXml(atomXml));
    expectNoUnpublished(atomXml);
    const reader = await createUser({ role: 'reader', slug: slugOf('reader') });
    expect(await authorFeed(reader.slug!, 'rss')).toBeNull();
    expect(await authorFeed('no-such-writer', 'atom')).toBeNull();
  });
});

describe('comment feed', () => {
  it('lists published comments only, newest first, as inert text', async () => {
    const reader = await createUser({ name: 'Reader </name><x>' });
    const article = await createArticle();
    const t = Date.now();
    const first = await createComment({ articleId: article.id, userId: reader.id, body: 'First\n\nSecond paragraph', createdAt: new Date(t - 5000) });
    const hostile = await createComment({
      articleId: article.id,
      userId: reader.id,
      body: '<script>alert(1)</script> ]]> & \u0001 javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>',
      createdAt: new Date(t - 1000),
    });
    for (const status of ['pending', 'hidden', 'deleted'] as const)
      await createComment({ articleId: article.id, userId: reader.id, body: `Not shown: ${status}`, status, createdAt: new Date(t) });

    const xml = (await commentsFeed(article.slug))!;
    const rss = parseXml(xml);
    const channel = child(rss, 'channel');
    expect(textOf(channel, 'link')).toBe(`${ORIGIN}/articles/${article.slug}#comments`);
    expect(child(channel, 'atom:link').attrs.href).toBe(`${ORIGIN}/articles/${article.slug}/comments.xml`);
    const list = items(rss);
    expect(list.map((i) => textOf(i, 'link'))).toEqual([hostile.id, first.id].map((id) => `${ORIGIN}/articles/${article.slug}#comment-${id}`));
    expect(xml).not.toContain('Not shown');
    expect(textOf(list[0]!, 'dc:creator')).toBe('Reader </name><x>');
    const description = textOf(list[0]!, 'description');
    expect(description).not.toMatch(/<(script|svg|\/title)/i);
    expect(description).toContain('&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp;  javascript:');
    expect(textOf(list[1]!, 'description')).toBe('<p>First</p><p>Second paragraph</p>');
  });

  it('exists only for published articles', async () => {
    for (const article of fx.hidden) expect(await commentsFeed(article.slug), article.status).toBeNull();
    expect(await commentsFeed('no-such-story')).toBeNull();
  });
});

describe('sitemaps', () => {
  async function allSitemaps() {
    const indexXml = await sitemapIndex();
    const index = parseXml(indexXml);
    expect(index.name).toBe('sitemapindex');
    const locs = childrenNamed(index, 'sitemap').map((s) => textOf(s, 'loc'));
    const files: Record<string, { xml: string; root: XmlNode }> = {};
    for (const loc of locs) {
      expect(loc.startsWith(`${ORIGIN}/sitemaps/`)).toBe(true);
      const name = loc.slice(`${ORIGIN}/sitemaps/`.length);
      const xml = await sitemapFile(name);
      expect(xml, name).not.toBeNull();
      files[name] = { xml: xml!, root: parseXml(xml!) };
    }
    return { indexXml, files };
  }
  const locsOf = (root: XmlNode) => childrenNamed(root, 'url').map((u) => textOf(u, 'loc'));

  it('indexes articles, sections, authors, tags and news, each a well-formed URL set', async () => {
    const { files } = await allSitemaps();
    expect(Object.keys(files).sort()).toEqual(['articles-1.xml', 'authors-1.xml', 'news.xml', 'sections-1.xml', 'tags-1.xml']);

    const articles = files['articles-1.xml']!.root;
    const url = childrenNamed(articles, 'url').find((u) => textOf(u, 'loc') === `${ORIGIN}/articles/${fx.live.slug}`);
    expect(url).toBeDefined();
    expect(textOf(url!, 'lastmod')).toBe(fx.live.revisedAt!.toISOString());
    expect(textOf(child(url!, 'image:image'), 'image:loc')).toBe(`${ORIGIN}/media/${fx.image.id}`);

    const sections = locsOf(files['sections-1.xml']!.root);
    expect(sections[0]).toBe(`${ORIGIN}/`);
    expect(sections).toContain(`${ORIGIN}/finance`);
    expect(locsOf(files['authors-1.xml']!.root)).toContain(`${ORIGIN}/authors/${fx.author.slug}`);
    expect(locsOf(files['tags-1.xml']!.root)).toContain(`${ORIGIN}/tags/${fx.tag.slug}`);
  });

  it('lists in the news sitemap only what was published in the last 48 hours', async () => {
    const news = parseXml((await sitemapFile('news.xml'))!);
    expect(news.attrs['xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const url = childrenNamed(news, 'url').find((u) => textOf(u, 'loc') === `${ORIGIN}/articles/${fx.live.slug}`);
    expect(url).toBeDefined();
    const meta = child(url!, 'news:news');
    expect(textOf(child(meta, 'news:publication'), 'news:name')).toBe('NewsHub');
    expect(textOf(child(meta, 'news:publication'), 'news:language')).toBe('en');
    expect(textOf(meta, 'news:publication_date')).toBe(fx.live.publishedAt!.toISOString());
    expect(textOf(meta, 'news:title')).toBe('Markets rally as <b>"rates"</b> & bonds ]]> fall');
    expect(locsOf(news)).not.toContain(`${ORIGIN}/articles/${fx.old.slug}`);
    const cutoff = Date.now() - 48 * 3_600_000;
    for (const u of childrenNamed(news, 'url')) expect(Date.parse(textOf(child(u, 'news:news'), 'news:publication_date'))).toBeGreaterThan(cutoff);
  });

  it('never lists unpublished articles', async () => {
    const { indexXml, files } = await allSitemaps();
    expectNoUnpublished(indexXml);
    for (const { xml } of Object.values(files)) expectNoUnpublished(xml);
  });

  it('splits every kind into pages of the given size, the home page first', async () => {
    const size = 7;
    const files = await getSitemapFiles(size);
    const articlePages = files.filter((f) => f.kind === 'articles');
    expect(articlePages.map((f) => f.page)).toEqual(articlePages.map((_, i) => i + 1));
    const seen: string[] = [];
    for (const { page } of articlePages) {
      const entries = (await getSitemapEntries('articles', page, size))!;
      expect(entries.length).toBeLessThanOrEqual(size);
      seen.push(...entries.map((e) => e.path));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(`/articles/${fx.live.slug}`);
    expect(await getSitemapEntries('articles', articlePages.length + 1, size)).toBeNull();

    const sectionPages = files.filter((f) => f.kind === 'sections');
    const sectionPaths: string[] = [];
    for (const { page } of sectionPages) sectionPaths.push(...(await getSitemapEntries('sections', page, size))!.map((e) => e.path));
    expect(sectionPaths[0]).toBe('/');
    expect(new Set(sectionPaths).size).toBe(sectionPaths.length);
    expect(sectionPaths).toContain('/finance');

    for (const bad of ['articles-0.xml', 'articles-999.xml', 'users-1.xml', 'sitemap.xml', '../etc/passwd']) expect(await sitemapFile(bad), bad).toBeNull();
  });
});

describe('robots.txt', () => {
  it('points at the sitemap index', () => {
    expect(robotsTxt()).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    expect(robotsTxt()).toContain('Disallow: /search');
  });
});

describe('route handlers', () => {
  const params = <T>(value: T) => ({ params: Promise.resolve(value) });

  it('answers the build placeholder and malformed params with 404 before any database call', async () => {
    const section = await import('@/app/(site)/[section]/feed.xml/route');
    const author = await import('@/app/(site)/authors/[slug]/atom.xml/route');
    const comments = await import('@/app/(site)/articles/[slug]/comments.xml/route');
    const sitemaps = await import('@/app/sitemaps/[file]/route');
    expect(section.generateStaticParams()).toEqual([{ section: '__build__' }]);
    const getDbCalls = vi.mocked(watchedGetDb);
    getDbCalls.mockClear();
    const request = new Request('http://localhost/x');
    for (const response of [
      await section.GET(request, params({ section: '__build__' })),
      await section.GET(request, params({ section: "finance'--" })),
      await author.GET(request, params({ slug: '__build__' })),
      await comments.GET(request, params({ slug: '__build__' })),
      await sitemaps.GET(request, params({ file: '__build__' })),
    ])
      expect(response.status).toBe(404);
    expect(getDbCalls).not.toHaveBeenCalled();
  });

  it('serves feeds and sitemaps with XML content types, and 404 for what does not exist', async () => {
    const request = new Request('http://localhost/x');
    connection.mockClear();
    const site = await (await import('@/app/feed.xml/route')).GET();
    expect(connection).toHaveBeenCalledOnce();
    expect(site.status).toBe(200);
    expect(site.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    parseXml(await site.text());
    const atom = await (await import('@/app/atom.xml/route')).GET();
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const sectionAtom = await (await import('@/app/(site)/[section]/atom.xml/route')).GET(request, params({ section: 'finance' }));
    expect(sectionAtom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    parseXml(await sectionAtom.text());
    const missing = await (await import('@/app/(site)/[section]/feed.xml/route')).GET(request, params({ section: 'no-such-section' }));
    expect(missing.status).toBe(404);
    const index = await (await import('@/app/sitemap.xml/route')).GET();
    expect(index.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(parseXml(await index.text()).name).toBe('sitemapindex');
    const robots = await (await import('@/app/robots.txt/route')).GET();
    expect(robots.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const draftComments = await (await import('@/app/(site)/articles/[slug]/comments.xml/route')).GET(request, params({ slug: fx.hidden[0]!.slug }));
    expect(draftComments.status).toBe(404);
  });
});
