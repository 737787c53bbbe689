import 'server-only';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db';
import { articleCorrections, articles, articleTags, comments, images, sections, tags, users } from '@/db/schema';
import { cacheProfiles, cacheTags } from '@/lib/cache-tags';
import { cardJoins, isPublished, mediaUrl, newestFirst } from './mappers';
import { DELETED_USER } from './comments';
import { getLiveBlog, LIVE_KIND } from './live-blog';
import type { AuthorLink, Correction, SectionLink, TagLink } from './types';

/** Items in an article feed, and in an article's comment feed. */
export const FEED_SIZE = 30;
export const COMMENT_FEED_SIZE = 50;

const STAFF_ROLES = ['writer', 'editor', 'admin'] as const;

export type FeedArticle = {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  /** ISO 8601 */
  publishedAt: string;
  /** ISO 8601: the last revision after publication, or the publication time. */
  updatedAt: string;
  section: SectionLink;
  author: AuthorLink | null;
  tags: TagLink[];
  /** Hero image: site-relative src, content type and size in bytes (for enclosures). */
  image: { src: string; type: string; length: number; alt: string } | null;
  /** Corrections appended to the story, oldest first. */
  corrections: Correction[];
};

export type ArticleFeedData = {
  title: string;
  description: string;
  /** The HTML page the feed follows. */
  path: string;
  articles: FeedArticle[];
};

export type FeedComment = { id: number; authorName: string; body: string; createdAt: string };

export type CommentFeedData = {
  article: { id: number; slug: string; title: string; /** ISO 8601 */ publishedAt: string };
  comments: FeedComment[];
};

function articleFeedCache() {
  cacheLife(cacheProfiles.articles);
  // Feed items name their section, author and tags, so renaming any of them refreshes the feed.
  cacheTag(cacheTags.articles, cacheTags.sections, cacheTags.authors, cacheTags.tags);
}

async function feedArticles(where: SQL | undefined): Promise<FeedArticle[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      standfirst: articles.standfirst,
      publishedAt: articles.publishedAt,
      revisedAt: articles.revisedAt,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      authorName: users.name,
      authorSlug: users.slug,
      imageId: images.id,
      imageType: images.contentType,
      imageSize: images.byteSize,
      heroAlt: articles.heroAlt,
    })
    .from(articles)
    .innerJoin(sections, cardJoins.section)
    .leftJoin(users, cardJoins.author)
    .leftJoin(images, eq(articles.heroImageId, images.id))
    .where(and(isPublished, where))
    .orderBy(...newestFirst)
    .limit(FEED_SIZE);
  const ids = rows.map((r) => r.id);
  const correctionRows = ids.length
    ? await db
        .select({ articleId: articleCorrections.articleId, id: articleCorrections.id, text: articleCorrections.body, createdAt: articleCorrections.createdAt })
        .from(articleCorrections)
        .where(inArray(articleCorrections.articleId, ids))
        .orderBy(articleCorrections.createdAt, articleCorrections.id)
    : [];
  const tagRows = rows.length
    ? await db
        .select({ articleId: articleTags.articleId, slug: tags.slug, name: tags.name })
        .from(articleTags)
        .innerJoin(tags, eq(articleTags.tagId, tags.id))
        .where(
          inArray(
            articleTags.articleId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(tags.name)
    : [];
  return rows.map((r) => {
    const publishedAt = (r.publishedAt ?? new Date(0)).toISOString();
    return {
      id: r.id,
      slug: r.slug,
      title: r.title,
      standfirst: r.standfirst,
      publishedAt,
      updatedAt: r.revisedAt && r.publishedAt && r.revisedAt > r.publishedAt ? r.revisedAt.toISOString() : publishedAt,
      section: { slug: r.sectionSlug, name: r.sectionName },
      author: r.authorName ? { name: r.authorName, slug: r.authorSlug } : null,
      tags: tagRows.filter((t) => t.articleId === r.id).map(({ slug, name }) => ({ slug, name })),
      image: r.imageId && r.imageType && r.imageSize ? { src: mediaUrl(r.imageId), type: r.imageType, length: r.imageSize, alt: r.heroAlt } : null,
      corrections: correctionRows.filter((c) => c.articleId === r.id).map((c) => ({ id: c.id, text: c.text, createdAt: c.createdAt.toISOString() })),
    };
  });
}

/** The newest published stories from every section. */
export async function getSiteFeed(): Promise<ArticleFeedData> {
  'use cache';
  articleFeedCache();
  return {
    title: 'NewsHub',
    description: 'The latest stories from NewsHub: world news, politics, finance, business, technology, science and culture.',
    path: '/',
    articles: await feedArticles(undefined),
  };
}

export async function getSectionFeed(slug: string): Promise<ArticleFeedData | null> {
  'use cache';
  articleFeedCache();
  const db = await getDb();
  const [section] = await db.select().from(sections).where(eq(sections.slug, slug)).limit(1);
  if (!section) return null;
  return {
    title: `${section.name} | NewsHub`,
    description: section.description || `The latest ${section.name} stories from NewsHub.`,
    path: `/${section.slug}`,
    articles: await feedArticles(eq(articles.sectionId, section.id)),
  };
}

/** A staff writer's stories; readers have no author page and so no feed. */
export async function getAuthorFeed(slug: string): Promise<ArticleFeedData | null> {
  'use cache';
  articleFeedCache();
  const db = await getDb();
  const [author] = await db
    .select({ id: users.id, name: users.name, slug: users.slug })
    .from(users)
    .where(and(eq(users.slug, slug), inArray(users.role, [...STAFF_ROLES])))
    .limit(1);
  if (!author?.slug) return null;
  return {
    title: `${author.name} | NewsHub`,
    description: `The latest stories by ${author.name} on NewsHub.`,
    path: `/authors/${author.slug}`,
    articles: await feedArticles(eq(articles.authorId, author.id)),
  };
}

/** Published comments on a published article, newest first. */
export async function getCommentFeed(slug: string): Promise<CommentFeedData | null> {
  'use cache';
  cacheLife(cacheProfiles.comments);
  cacheTag(cacheTags.articleSlug(slug), cacheTags.articles);
  const db = await getDb();
  const [article] = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(eq(articles.slug, slug), isPublished))
    .limit(1);
  if (!article) return null;
  cacheTag(cacheTags.article(article.id), cacheTags.comments(article.id));
  const rows = await db
    .select({ id: comments.id, authorName: users.name, body: comments.body, createdAt: comments.createdAt })
    .from(comments)
    .leftJoin(users, eq(comments.userId, users.id))
    .where(and(eq(comments.articleId, article.id), eq(comments.status, 'published')))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(COMMENT_FEED_SIZE);
  return {
    article: { ...article, publishedAt: (article.publishedAt ?? new Date(0)).toISOString() },
    comments: rows.map((r) => ({ id: r.id, authorName: r.authorName ?? DELETED_USER, body: r.body, createdAt: r.createdAt.toISOString() })),
  };
}

export type LiveBlogFeedData = {
  article: { id: number; slug: string; title: string; /** ISO 8601 */ publishedAt: string };
  entries: { id: number; title: string; text: string; authorName: string | null; createdAt: string; updatedAt: string }[];
};

/** A published live blog's newest entries (the page's own cached read), or null for any other story. */
export async function getLiveBlogFeed(slug: string): Promise<LiveBlogFeedData | null> {
  'use cache';
  cacheLife(cacheProfiles.comments);
  cacheTag(cacheTags.articleSlug(slug), cacheTags.articles);
  const db = await getDb();
  const [article] = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(eq(articles.slug, slug), isPublished, eq(articles.kind, LIVE_KIND)))
    .limit(1);
  if (!article) return null;
  cacheTag(cacheTags.article(article.id), cacheTags.liveBlog(article.id));
  const { entries } = await getLiveBlog(article.id);
  return {
    article: { ...article, publishedAt: (article.publishedAt ?? new Date(0)).toISOString() },
    entries: entries
      .slice(0, COMMENT_FEED_SIZE)
      .map(({ id, title, text, authorName, createdAt, updatedAt }) => ({ id, title, text, authorName, createdAt, updatedAt })),
  };
}
