import type { Metadata } from 'next';
import { excerpt } from '@/lib/content/excerpt';
import type { Article } from '@/lib/dal/types';
import { feedAlternates, feedPaths } from '@/lib/feeds/links';
import { SOCIAL_CARD_SIZE } from './social-card-text';

export const PUBLISHER_NAME = 'NewsHub';

const articlePath = (article: Article) => `/articles/${article.slug}`;
/**
 * The generated share image (app/(site)/articles/[slug]/social-card.png). The query names the revision,
 * so scrapers and caches that keep images for a long time fetch the card again after a correction.
 */
export const socialCardPath = (article: Pick<Article, 'slug' | 'publishedAt' | 'revisedAt'>) =>
  `/articles/${article.slug}/social-card.png?v=${Date.parse(modifiedTime(article)).toString(36)}`;
const authorPath = (slug: string) => `/authors/${slug}`;
const modifiedTime = (article: Pick<Article, 'publishedAt' | 'revisedAt'>) => article.revisedAt ?? article.publishedAt;

/**
 * The article page's OpenGraph and Twitter card. URLs are site-relative (the root layout's metadataBase
 * makes them absolute), except article:author, which Next.js passes through as given.
 */
export function articleSocialMetadata(article: Article, description: string, origin: string): Metadata {
  const image = [
    {
      url: socialCardPath(article),
      width: SOCIAL_CARD_SIZE.width,
      height: SOCIAL_CARD_SIZE.height,
      type: 'image/png',
      alt: `${article.title} (${article.section.name}, ${PUBLISHER_NAME})`,
    },
  ];
  return {
    authors: article.author ? [{ name: article.author.name, url: article.author.slug ? authorPath(article.author.slug) : undefined }] : undefined,
    category: article.section.name,
    keywords: article.tags.length ? article.tags.map((t) => t.name) : undefined,
    openGraph: {
      type: 'article',
      url: articlePath(article),
      title: article.title,
      description,
      siteName: PUBLISHER_NAME,
      locale: 'en_GB',
      publishedTime: article.publishedAt,
      modifiedTime: modifiedTime(article),
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      authors: article.author?.slug ? [`${origin}${authorPath(article.author.slug)}`] : undefined,
      images: image,
    },
    twitter: {
      card: 'summary_large_image',
      title: article.title,
      description,
      images: image,
    },
  };
}

/** `alternates.types` for an article: its comment feed, its section's feeds and the site feeds. */
export function articleFeedAlternates(article: Article) {
  return feedAlternates(
    ...(article.kind === 'Live' ? [{ title: `Live updates: ${article.title}`, rss: feedPaths.live(article.slug) }] : []),
    { title: `Comments on “${article.title}”`, rss: feedPaths.comments(article.slug) },
    { title: `${article.section.name} | ${PUBLISHER_NAME}`, ...feedPaths.section(article.section.slug) },
  );
}

/** schema.org NewsArticle and BreadcrumbList for an article page. `origin` has no trailing slash. */
type JsonLdObject = Record<string, unknown>;

/** A live blog's coverage for its JSON-LD: entries newest first (title and plain text). */
export type LiveCoverage = { endedAt: string | null; entries: { id: number; title: string; text: string; createdAt: string; updatedAt: string }[] };

const LIVE_UPDATES_IN_JSON_LD = 50;

export function articleJsonLd(article: Article, origin: string, live?: LiveCoverage): [newsArticle: JsonLdObject, breadcrumbs: JsonLdObject] {
  const url = `${origin}${articlePath(article)}`;
  const publisher = {
    '@type': 'Organization',
    name: PUBLISHER_NAME,
    url: `${origin}/`,
    logo: { '@type': 'ImageObject', url: `${origin}/icon.svg` },
  };
  return [
    {
      '@context': 'https://schema.org',
      '@type': live ? 'LiveBlogPosting' : 'NewsArticle',
      '@id': `${url}#article`,
      ...(live
        ? {
            coverageStartTime: article.publishedAt,
            ...(live.endedAt ? { coverageEndTime: live.endedAt } : {}),
            liveBlogUpdate: live.entries.slice(0, LIVE_UPDATES_IN_JSON_LD).map((e) => ({
              '@type': 'BlogPosting',
              '@id': `${url}#entry-${e.id}`,
              url: `${url}#entry-${e.id}`,
              headline: e.title || excerpt(e.text, 110),
              articleBody: e.text,
              datePublished: e.createdAt,
              dateModified: e.updatedAt,
            })),
          }
        : {}),
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      url,
      headline: article.title,
      description: article.standfirst,
      datePublished: article.publishedAt,
      dateModified: modifiedTime(article),
      author: article.author
        ? [{ '@type': 'Person', name: article.author.name, ...(article.author.slug ? { url: `${origin}${authorPath(article.author.slug)}` } : {}) }]
        : [{ '@type': 'Organization', name: PUBLISHER_NAME, url: `${origin}/` }],
      ...(article.hero ? { image: [`${origin}${article.hero.src}`] } : {}),
      articleSection: article.section.name,
      ...(article.tags.length ? { keywords: article.tags.map((t) => t.name) } : {}),
      ...(article.corrections.length
        ? { correction: article.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.createdAt })) }
        : {}),
      inLanguage: 'en',
      isAccessibleForFree: true,
      publisher,
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${origin}/` },
        { '@type': 'ListItem', position: 2, name: article.section.name, item: `${origin}/${article.section.slug}` },
        { '@type': 'ListItem', position: 3, name: article.title, item: url },
      ],
    },
  ];
}
