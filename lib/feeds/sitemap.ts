import { el, xmlDocument } from './xml';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** The sitemap protocol's limit per file. */
export const MAX_SITEMAP_URLS = 50_000;
/**
 * URLs per sitemap file we serve: a fifth of the limit, so that rendering one (after every publication
 * invalidates it) stays a small fraction of a second on an archive of 100,000 stories.
 */
export const SITEMAP_PAGE_SIZE = 10_000;
/** Google News reads at most this many URLs from one news sitemap. */
export const MAX_NEWS_URLS = 1_000;

export type SitemapRef = { loc: string; lastmod: string | null };
export type SitemapUrl = { loc: string; lastmod: string | null; images?: string[] };
export type NewsUrl = { loc: string; title: string; publishedAt: string };

export function renderSitemapIndex(sitemaps: SitemapRef[]): string {
  return xmlDocument(
    el(
      'sitemapindex',
      { xmlns: SITEMAP_NS },
      sitemaps.map((s) => el('sitemap', null, el('loc', null, s.loc), s.lastmod && el('lastmod', null, s.lastmod))),
    ),
  );
}

export function renderUrlSet(urls: SitemapUrl[]): string {
  if (urls.length > MAX_SITEMAP_URLS) throw new Error(`A sitemap holds at most ${MAX_SITEMAP_URLS} URLs, got ${urls.length}`);
  const withImages = urls.some((u) => u.images?.length);
  return xmlDocument(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:image': withImages ? IMAGE_NS : null },
      urls.map((u) =>
        el(
          'url',
          null,
          el('loc', null, u.loc),
          u.lastmod && el('lastmod', null, u.lastmod),
          (u.images ?? []).map((src) => el('image:image', null, el('image:loc', null, src))),
        ),
      ),
    ),
  );
}

export function renderNewsSitemap(urls: NewsUrl[], publication: { name: string; language: string }): string {
  return xmlDocument(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS },
      urls
        .slice(0, MAX_NEWS_URLS)
        .map((u) =>
          el(
            'url',
            null,
            el('loc', null, u.loc),
            el(
              'news:news',
              null,
              el('news:publication', null, el('news:name', null, publication.name), el('news:language', null, publication.language)),
              el('news:publication_date', null, u.publishedAt),
              el('news:title', null, u.title),
            ),
          ),
        ),
    ),
  );
}

/** How many files of at most `size` URLs it takes to list `total` URLs. */
export function sitemapPageCount(total: number, size = SITEMAP_PAGE_SIZE): number {
  return Math.ceil(Math.max(0, total) / size);
}
