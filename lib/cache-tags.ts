/**
 * Every cache tag in one place. Reads tag what they read; writes invalidate what they change.
 * (With several instances these names go to a shared cache handler unchanged.)
 */
export const cacheTags = {
  /** Any published article list: home, sections, authors, tags, related. */
  articles: 'articles',
  article: (id: number) => `article:${id}`,
  /** Slug lookups, including old-slug redirects. */
  articleSlug: (slug: string) => `article-slug:${slug}`,
  sections: 'sections',
  authors: 'authors',
  tags: 'tags',
  comments: (articleId: number) => `comments:${articleId}`,
  /** Recent Comments sidebar and comment counts on listings. */
  recentComments: 'recent-comments',
  image: (id: string) => `image:${id}`,
} as const;

/** Profiles defined in next.config.js `cacheLife`. */
export const cacheProfiles = {
  articles: 'articles',
  comments: 'comments',
} as const;
