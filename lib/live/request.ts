import { isRowId } from '@/lib/slug';

export const LIVE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  // no-transform keeps compression from holding events back; the accel header tells nginx not to buffer.
  'Cache-Control': 'no-cache, no-transform',
  'X-Accel-Buffering': 'no',
} as const;

/** The browser waits this long before reconnecting after the stream ends. */
export const RETRY_FRAME = 'retry: 2000\n\n';

export type LiveRequest = { articleId: number | null; after: number | null };

/**
 * What a stream request asks for: the article whose page is open (`article`), and where to resume: the
 * Last-Event-ID a reconnecting browser sends, else `after` (the position the page was rendered at).
 */
export function parseLiveRequest(params: URLSearchParams, lastEventId: string | null): LiveRequest | { error: string } {
  const article = params.get('article');
  const articleId = article === null ? null : Number(article);
  if (articleId !== null && !isRowId(articleId)) return { error: 'article must be an article id' };
  const position = lastEventId ?? params.get('after');
  const after = position !== null && /^\d{1,15}$/.test(position) ? Number(position) : null;
  return { articleId, after };
}
