import { connection } from 'next/server';

/** Responses of the feed, sitemap and robots route handlers. */

export const CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  text: 'text/plain; charset=utf-8',
} as const;

/** Feed readers and crawlers poll; a few minutes of shared caching spares the server. */
export function documentResponse(body: string, contentType: string, maxAge = 300): Response {
  return new Response(body, {
    headers: {
      'Content-Type': contentType,
      'Cache-Control': `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 2}`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export function notFoundResponse(): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': CONTENT_TYPES.text, 'Cache-Control': 'public, max-age=60' },
  });
}

const respond = (body: string | null, contentType: string, maxAge?: number) =>
  body === null ? notFoundResponse() : documentResponse(body, contentType, maxAge);

/**
 * A document at a fixed path (/feed.xml, /sitemap.xml …). `next build` would prerender such a handler
 * and query the database; connection() makes it run per request instead, where the cached reads
 * underneath keep it cheap.
 */
export async function respondPerRequest(build: () => Promise<string | null>, contentType: string, maxAge?: number): Promise<Response> {
  await connection();
  return respond(await build(), contentType, maxAge);
}

/**
 * A document under a dynamic segment. Like the pages, the build renders only the placeholder param,
 * which fails `valid` and answers 404 before any query; each real URL is rendered on its first request
 * and kept, with the cache tags of the reads it made, until one of them changes.
 */
export async function respondForParam(valid: boolean, build: () => Promise<string | null>, contentType: string, maxAge?: number): Promise<Response> {
  if (!valid) return notFoundResponse();
  return respond(await build(), contentType, maxAge);
}
