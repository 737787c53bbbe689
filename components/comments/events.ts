'use client';

/** A comment changed in this tab (posted, held, edited, deleted): listeners refresh what they show. */
export const COMMENTS_CHANGED = 'newshub:comments-changed';

export function announceCommentsChanged(articleId: number) {
  window.dispatchEvent(new CustomEvent(COMMENTS_CHANGED, { detail: { articleId } }));
}
