import 'server-only';
import { and, asc, countDistinct, desc, eq, gt, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { articles, articleTags, sections, tags, users } from '@/db/schema';
import { cacheProfiles, cacheTags } from '@/lib/cache-tags';
import { MAX_NEWS_URLS, SITEMAP_PAGE_SIZE, sitemapPageCount } from '@/lib/feeds/sitemap';
import type { SitemapKind } from '@/lib/feeds/links';
import { isPublished, mediaUrl } from './mappers';

/**
 * What the sitemaps list: published articles, and the sections, authors and tags that have at least one
 * published article (an empty listing is not worth a crawl). The home page leads the sections sitemap.
 */

const STAFF_ROLES = ['writer', 'editor', 'admin'] as const;

export type SitemapEntry = { path: string; /** ISO 8601 */ lastmod: string | null; images: string[] };
export type SitemapFileInfo = { kind: SitemapKind; page: number; /** ISO 8601 */ lastmod: string | null };
export type NewsEntry = { slug: string; title: string; /** ISO 8601 */ publishedAt: string };

const lastModified = sql<Date | null>`max(coalesce(${articles.revisedAt}, ${articles.publishedAt}))`.mapWith((v: string | Date | null) =>
  v === null ? null : new Date(v),
);
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

function sitemapCache() {
  cacheLife(cacheProfiles.articles);
  cacheTag(cacheTags.articles, cacheTags.sections, cacheTags.authors, cacheTags.tags);
}

/** Every sitemap file there is, with the newest change it lists. */
export async function getSitemapFiles(size = SITEMAP_PAGE_SIZE): Promise<SitemapFileInfo[]> {
  'use cache';
  sitemapCache();
  const db = await getDb();
  const [articlePages, sectionStats, authorStats, tagStats] = await Promise.all([
    db.execute<{ page: number; lastmod: Date | string | null }>(sql`
      select page::int as page, max(lastmod) as lastmod from (
        select (row_number() over (order by ${articles.id}) - 1) / ${size} + 1 as page,
               coalesce(${articles.revisedAt}, ${articles.publishedAt}) as lastmod
        from ${articles} where ${isPublished}
      ) numbered group by page order by page`),
    db
      .select({ n: countDistinct(articles.sectionId), lastmod: lastModified })
      .from(articles)
      .where(isPublished),
    db
      .select({ n: countDistinct(articles.authorId), lastmod: lastModified })
      .from(articles)
      .innerJoin(users, eq(articles.authorId, users.id))
      .where(and(isPublished, isNotNull(users.slug), inArray(users.role, [...STAFF_ROLES]))),
    db
      .select({ n: countDistinct(articleTags.tagId), lastmod: lastModified })
      .from(articleTags)
      .innerJoin(articles, eq(articleTags.articleId, articles.id))
      .where(isPublished),
  ]);
  const files: SitemapFileInfo[] = articlePages.rows.map((r) => ({
    kind: 'articles',
    page: r.page,
    lastmod: r.lastmod === null ? null : new Date(r.lastmod).toISOString(),
  }));
  const pages = (kind: SitemapKind, total: number, lastmod: Date | null) => {
    for (let page = 1; page <= sitemapPageCount(total, size); page++) files.push({ kind, page, lastmod: iso(lastmod) });
  };
  // + 1: the home page.
  pages('sections', (sectionStats[0]?.n ?? 0) + 1, sectionStats[0]?.lastmod ?? null);
  pages('authors', authorStats[0]?.n ?? 0, authorStats[0]?.lastmod ?? null);
  pages('tags', tagStats[0]?.n ?? 0, tagStats[0]?.lastmod ?? null);
  return files;
}

/** One sitemap file's URLs (site-relative), or null past the last page. */
export async function getSitemapEntries(kind: SitemapKind, page: number, size = SITEMAP_PAGE_SIZE): Promise<SitemapEntry[] | null> {
  'use cache';
  sitemapCache();
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(size) || size < 2) return null;
  const db = await getDb();
  const offset = (page - 1) * size;
  let entries: SitemapEntry[];

  if (kind === 'articles') {
    const rows = await db
      .select({ slug: articles.slug, publishedAt: articles.publishedAt, revisedAt: articles.revisedAt, heroImageId: articles.heroImageId })
      .from(articles)
      .where(isPublished)
      .orderBy(asc(articles.id))
      .limit(size)
      .offset(offset);
    entries = rows.map((r) => ({
      path: `/articles/${r.slug}`,
      lastmod: iso(r.revisedAt ?? r.publishedAt),
      images: r.heroImageId ? [mediaUrl(r.heroImageId)] : [],
    }));
  } else if (kind === 'sections') {
    // The home page takes the first place of page 1, so the section rows shift by one.
    const home = page === 1 ? await db.select({ lastmod: lastModified }).from(articles).where(isPublished) : [];
    const rows = await db
      .select({ slug: sections.slug, lastmod: lastModified })
      .from(sections)
      .innerJoin(articles, and(eq(articles.sectionId, sections.id), isPublished))
      .groupBy(sections.id)
      .orderBy(asc(sections.position), asc(sections.name))
      .limit(page === 1 ? size - 1 : size)
      .offset(page === 1 ? 0 : offset - 1);
    entries = [
      ...home.map((h) => ({ path: '/', lastmod: iso(h.lastmod), images: [] })),
      ...rows.map((r) => ({ path: `/${r.slug}`, lastmod: iso(r.lastmod), images: [] })),
    ];
  } else if (kind === 'authors') {
    const rows = await db
      .select({ slug: users.slug, lastmod: lastModified })
      .from(users)
      .innerJoin(articles, and(eq(articles.authorId, users.id), isPublished))
      .where(and(isNotNull(users.slug), inArray(users.role, [...STAFF_ROLES])))
      .groupBy(users.id)
      .orderBy(asc(users.slug))
      .limit(size)
      .offset(offset);
    entries = rows.map((r) => ({ path: `/authors/${r.slug}`, lastmod: iso(r.lastmod), images: [] }));
  } else {
    const rows = await db
      .select({ slug: tags.slug, lastmod: lastModified })
      .from(tags)
      .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
      .innerJoin(articles, and(eq(articleTags.articleId, articles.id), isPublished))
      .groupBy(tags.id)
      .orderBy(asc(tags.slug))
      .limit(size)
      .offset(offset);
    entries = rows.map((r) => ({ path: `/tags/${r.slug}`, lastmod: iso(r.lastmod), images: [] }));
  }
  return entries.length === 0 && page > 1 ? null : entries;
}

/** Articles published in the last 48 hours, for the Google News sitemap. */
export async function getRecentNews(): Promise<NewsEntry[]> {
  'use cache';
  cacheLife(cacheProfiles.articles);
  cacheTag(cacheTags.articles);
  const db = await getDb();
  const rows = await db
    .select({ slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(isPublished, gt(articles.publishedAt, sql`now() - interval '48 hours'`), lte(articles.publishedAt, sql`now()`)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(MAX_NEWS_URLS);
  return rows.map((r) => ({ slug: r.slug, title: r.title, publishedAt: (r.publishedAt ?? new Date(0)).toISOString() }));
}
