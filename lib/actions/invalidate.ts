import 'server-only';
import { updateTag } from 'next/cache';
import { changedTags } from '@/lib/cache-tags';

/** Within a Server Action: the writer and everyone else see the change on their next request. */
function invalidate(tags: string[]): void {
  for (const tag of new Set(tags)) updateTag(tag);
}

export const invalidateCommentViews = (articleId: number) => invalidate(changedTags.comment(articleId));
export const invalidateArticleViews = (article: { id: number; slug: string; previousSlug?: string | null }) => invalidate(changedTags.article(article));
export const invalidateCommentWindows = () => invalidate(changedTags.commentWindows());
export const invalidateAuthorViews = () => invalidate(changedTags.authors());
export const invalidateThreadView = (articleId: number) => invalidate(changedTags.thread(articleId));
export const invalidateBreakingNews = () => invalidate(changedTags.breakingNews());
export const invalidateLiveBlog = (articleId: number) => invalidate(changedTags.liveBlog(articleId));
