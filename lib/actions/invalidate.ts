import 'server-only';
import { updateTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';

/** After a comment changes: its thread, the sidebar and the counts on listings. */
export function invalidateCommentViews(articleId: number): void {
  updateTag(cacheTags.comments(articleId));
  updateTag(cacheTags.recentComments);
}
