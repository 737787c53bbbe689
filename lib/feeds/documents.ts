import 'server-only';
import { siteUrl } from '@/lib/env';
import { siteTime } from '@/lib/time/site-time';
import { excerpt } from '@/lib/content/excerpt';
import { getAuthorFeed, getCommentFeed, getLiveBlogFeed, getSectionFeed, getSiteFeed, type ArticleFeedData, type FeedArticle } from '@/lib/dal/feeds';
import { getRecentNews, getSitemapEntries, getSitemapFiles } from '@/lib/dal/sitemaps';
import { renderRobots } from '@/lib/seo/robots';
import { renderAtom } from './atom';
import { renderRss } from './rss';
import { feedPaths, parseSitemapFile, sitemapPaths } from './links';
import { newest, tagUri, type Feed, type FeedEntry } from './model';
import { renderNewsSitemap, renderSitemapIndex, renderUrlSet } from './sitemap';

/**
 * Complete feed, sitemap and robots documents, with absolute URLs from SITE_URL. The data comes from
 * cached DAL reads; these functions only format it. Null means "no such feed" (the route answers 404).
 */

export type FeedFormat = 'rss' | 'atom';

const LANGUAGE = 'en';
/**
 * `updated` of a feed with no entries. Documents never read the clock: routes under a dynamic segment
 * are prerendered on their first request, where the current time is not allowed outside a cache.
 */
const NO_ENTRIES = new Date(0).toISOString();

function absolute(origin: string) {
  return (path: string) => `${origin}${path}`;
}

/** "Correction, 2 December 2026: …", dated as the story page dates it (newsroom time zone). */
const correctionLine = (c: { text: string; createdAt: string }) => `Correction, ${siteTime(c.createdAt, 'date')}: ${c.text}`;

function articleEntry(a: FeedArticle, origin: string): FeedEntry {
  const abs = absolute(origin);
  return {
    id: tagUri(origin, `article:${a.id}`),
    title: a.title,
    url: abs(`/articles/${a.slug}`),
    summary: [a.standfirst, ...a.corrections.map(correctionLine)].filter(Boolean).join('\n\n'),
    published: a.publishedAt,
    updated: a.updatedAt,
    author: a.author ? { name: a.author.name, url: a.author.slug ? abs(`/authors/${a.author.slug}`) : null } : null,
    categories: [
      { term: a.section.slug, label: a.section.name, scheme: abs('/') },
      ...a.tags.map((t) => ({ term: t.slug, label: t.name, scheme: abs('/tags/') })),
    ],
    enclosure: a.image ? { url: abs(a.image.src), type: a.image.type, length: a.image.length } : null,
  };
}

function render(format: FeedFormat, feed: Feed): string {
  return format === 'rss' ? renderRss(feed) : renderAtom(feed);
}

function articleFeed(data: ArticleFeedData, format: FeedFormat, paths: { rss: string; atom: string }): string {
  const origin = siteUrl();
  const entries = data.articles.map((a) => articleEntry(a, origin));
  return render(format, {
    id: tagUri(origin, `feed:${data.path}`),
    title: data.title,
    description: data.description,
    url: `${origin}${data.path}`,
    selfUrl: `${origin}${paths[format]}`,
    updated: newest(
      entries.map((e) => e.updated),
      NO_ENTRIES,
    ),
    language: LANGUAGE,
    entries,
  });
}

export async function siteFeed(format: FeedFormat): Promise<string> {
  return articleFeed(await getSiteFeed(), format, feedPaths.site);
}

export async function sectionFeed(slug: string, format: FeedFormat): Promise<string | null> {
  const data = await getSectionFeed(slug);
  return data && articleFeed(data, format, feedPaths.section(slug));
}

export async function authorFeed(slug: string, format: FeedFormat): Promise<string | null> {
  const data = await getAuthorFeed(slug);
  return data && articleFeed(data, format, feedPaths.author(slug));
}

/** RSS of an article's published comments, newest first. */
export async function commentsFeed(slug: string): Promise<string | null> {
  const data = await getCommentFeed(slug);
  if (!data) return null;
  const origin = siteUrl();
  const { article } = data;
  const articleUrl = `${origin}/articles/${article.slug}`;
  const entries: FeedEntry[] = data.comments.map((c) => ({
    id: tagUri(origin, `comment:${c.id}`),
    title: `${c.authorName} on “${article.title}”`,
    url: `${articleUrl}#comment-${c.id}`,
    summary: c.body,
    published: c.createdAt,
    updated: c.createdAt,
    author: { name: c.authorName, url: null },
    categories: [],
    enclosure: null,
  }));
  return renderRss({
    id: tagUri(origin, `comments:${article.id}`),
    title: `Comments on “${article.title}” | NewsHub`,
    description: `Reader comments on “${article.title}”, newest first.`,
    url: `${articleUrl}#comments`,
    selfUrl: `${origin}${feedPaths.comments(article.slug)}`,
    updated: newest(
      entries.map((e) => e.updated),
      article.publishedAt,
    ),
    language: LANGUAGE,
    entries,
  });
}

/** RSS of a live blog's entries, newest first. */
export async function liveBlogFeed(slug: string): Promise<string | null> {
  const data = await getLiveBlogFeed(slug);
  if (!data) return null;
  const origin = siteUrl();
  const { article } = data;
  const articleUrl = `${origin}/articles/${article.slug}`;
  const entries: FeedEntry[] = data.entries.map((e) => ({
    id: tagUri(origin, `live-entry:${e.id}`),
    title: e.title || excerpt(e.text, 110),
    url: `${articleUrl}#entry-${e.id}`,
    summary: e.text,
    published: e.createdAt,
    updated: e.updatedAt,
    author: e.authorName ? { name: e.authorName, url: null } : null,
    categories: [],
    enclosure: null,
  }));
  return renderRss({
    id: tagUri(origin, `live:${article.id}`),
    title: `${article.title} | NewsHub live`,
    description: `Updates from the live blog “${article.title}”, newest first.`,
    url: articleUrl,
    selfUrl: `${origin}${feedPaths.live(article.slug)}`,
    updated: newest(
      entries.map((e) => e.updated),
      article.publishedAt,
    ),
    language: LANGUAGE,
    entries,
  });
}

export async function sitemapIndex(): Promise<string> {
  const abs = absolute(siteUrl());
  const [files, news] = await Promise.all([getSitemapFiles(), getRecentNews()]);
  return renderSitemapIndex([
    ...files.map((f) => ({ loc: abs(sitemapPaths.page(f.kind, f.page)), lastmod: f.lastmod })),
    { loc: abs(sitemapPaths.news), lastmod: news[0]?.publishedAt ?? null },
  ]);
}

/** One file under /sitemaps/, by its file name (`articles-1.xml`, `news.xml` …). */
export async function sitemapFile(file: string): Promise<string | null> {
  const parsed = parseSitemapFile(file);
  if (!parsed) return null;
  const abs = absolute(siteUrl());
  if (parsed === 'news') {
    const news = await getRecentNews();
    return renderNewsSitemap(
      news.map((n) => ({ loc: abs(`/articles/${n.slug}`), title: n.title, publishedAt: n.publishedAt })),
      { name: 'NewsHub', language: LANGUAGE },
    );
  }
  const entries = await getSitemapEntries(parsed.kind, parsed.page);
  return entries && renderUrlSet(entries.map((e) => ({ loc: abs(e.path), lastmod: e.lastmod, images: e.images.map(abs) })));
}

export function robotsTxt(): string {
  return renderRobots(siteUrl(), sitemapPaths.index);
}
