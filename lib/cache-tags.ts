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
  /** The breaking-news banner on every reader page. */
  breakingNews: 'breaking-news',
  /** A live blog's entries. */
  liveBlog: (articleId: number) => `live-blog:${articleId}`,
} as const;

type ArticleRef = { id: number; slug: string; previousSlug?: string | null };

/**
 * The tags each kind of write changes, defined once: Server Actions pass them to `updateTag`, the
 * scheduler (which runs outside an action) to `revalidateTag`.
 */
export const changedTags = {
  /** A comment posted, edited, removed or moderated: its thread, the sidebar and the counts on listings. */
  comment: (articleId: number): string[] => [cacheTags.comments(articleId), cacheTags.recentComments],
  /** An article saved, published or unpublished: every listing, its page (old and new address), sections, tags, authors and the sidebar. */
  article: (article: ArticleRef): string[] => [
    cacheTags.articles,
    cacheTags.article(article.id),
    cacheTags.articleSlug(article.slug),
    ...(article.previousSlug ? [cacheTags.articleSlug(article.previousSlug)] : []),
    cacheTags.sections,
    cacheTags.tags,
    cacheTags.authors,
    cacheTags.recentComments,
    cacheTags.comments(article.id),
  ],
  /** The "close comments after" setting changed: every story page shows or hides its comment form. */
  commentWindows: (): string[] => [cacheTags.articles],
  /** A comment recommended or featured: its thread only (the sidebar does not show either). */
  thread: (articleId: number): string[] => [cacheTags.comments(articleId)],
  /** The breaking-news banner set or cleared: every reader page. */
  breakingNews: (): string[] => [cacheTags.breakingNews],
  /** A live blog's entry written, changed or removed: its page. (Ending one is an article change.) */
  liveBlog: (articleId: number): string[] => [cacheTags.liveBlog(articleId)],
  /** A change of role: author pages and bylines. */
  authors: (): string[] => [cacheTags.authors],
};

/** Profiles defined in next.config.js `cacheLife`. */
export const cacheProfiles = {
  articles: 'articles',
  comments: 'comments',
  audience: 'audience',
} as const;
