'use client';

/** The comments of one article the signed-in reader recommends: one request per page, shared by every comment's controls. */
const loaded = new Map<number, Promise<Set<number>>>();

export function myRecommendations(articleId: number): Promise<Set<number>> {
  let pending = loaded.get(articleId);
  if (!pending) {
    pending = fetch(`/api/comments/mine?article=${articleId}`, { cache: 'no-store', credentials: 'same-origin' })
      .then((r) => (r.ok ? (r.json() as Promise<{ recommended?: number[] }>) : { recommended: [] }))
      .then((data) => new Set(data.recommended ?? []))
      .catch(() => new Set<number>());
    loaded.set(articleId, pending);
  }
  return pending;
}

/** Keeps the shared answer true after the reader changes their mind. */
export function rememberRecommendation(articleId: number, commentId: number, recommended: boolean) {
  void loaded.get(articleId)?.then((set) => (recommended ? set.add(commentId) : set.delete(commentId)));
}
