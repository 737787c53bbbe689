import 'server-only';
import { updateTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';

/** After a comment changes: its thread, the sidebar and the counts on listings. */
export function invalidateCommentViews(articleId: number): void {
  updateTag(cacheTags.comments(articleId));
  updateTag(cacheTags.recentComments);
}

/** After an article changes: every listing, its page (old and new address), sections, tags, authors and the sidebar. */
export function invalidateArticleViews(article: { id: number; slug: string; previousSlug?: string | null }): void {
  updateTag(cacheTags.articles);
  updateTag(cacheTags.article(article.id));
  updateTag(cacheTags.articleSlug(article.slug));
  if (article.previousSlug) updateTag(cacheTags.articleSlug(article.previousSlug));
  updateTag(cacheTags.sections);
  updateTag(cacheTags.tags);
  updateTag(cacheTags.authors);
  updateTag(cacheTags.recentComments);
  updateTag(cacheTags.comments(article.id));
}
