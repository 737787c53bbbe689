import type { Metadata } from 'next';

/** Where every feed and sitemap lives. Route handlers, pages and documents all take paths from here. */
export const feedPaths = {
  site: { rss: '/feed.xml', atom: '/atom.xml' },
  section: (slug: string) => ({ rss: `/${slug}/feed.xml`, atom: `/${slug}/atom.xml` }),
  author: (slug: string) => ({ rss: `/authors/${slug}/feed.xml`, atom: `/authors/${slug}/atom.xml` }),
  comments: (articleSlug: string) => `/articles/${articleSlug}/comments.xml`,
  live: (articleSlug: string) => `/articles/${articleSlug}/live.xml`,
};

export const SITEMAP_KINDS = ['articles', 'sections', 'authors', 'tags'] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];

export const sitemapPaths = {
  index: '/sitemap.xml',
  page: (kind: SitemapKind, page: number) => `/sitemaps/${kind}-${page}.xml`,
  news: '/sitemaps/news.xml',
};

/** `articles-3.xml` -> { kind: 'articles', page: 3 }; `news.xml` -> 'news'; anything else -> null. */
export function parseSitemapFile(file: string): { kind: SitemapKind; page: number } | 'news' | null {
  if (file === 'news.xml') return 'news';
  const match = /^([a-z]+)-([1-9][0-9]{0,5})\.xml$/.exec(file);
  if (!match || !(SITEMAP_KINDS as readonly string[]).includes(match[1]!)) return null;
  return { kind: match[1] as SitemapKind, page: Number(match[2]) };
}

export const SITE_FEED_TITLE = 'NewsHub';

type FeedLink = { title: string; rss?: string; atom?: string };

/**
 * `alternates.types` for a page: the site feeds plus the page's own. Metadata merges shallowly, so a page
 * that sets `alternates` (for its canonical URL) must repeat the site feeds to keep them discoverable.
 */
export function feedAlternates(...own: FeedLink[]): NonNullable<NonNullable<Metadata['alternates']>['types']> {
  const feeds: FeedLink[] = [...own, { title: SITE_FEED_TITLE, ...feedPaths.site }];
  const of = (key: 'rss' | 'atom') => feeds.flatMap((f) => (f[key] ? [{ url: f[key], title: f.title }] : []));
  const rss = of('rss');
  const atom = of('atom');
  return {
    ...(rss.length ? { 'application/rss+xml': rss } : {}),
    ...(atom.length ? { 'application/atom+xml': atom } : {}),
  };
}
