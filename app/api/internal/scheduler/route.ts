import { revalidateTag } from 'next/cache';
import { publishDueArticles } from '@/lib/dal/admin/articles';
import { cacheTags } from '@/lib/cache-tags';
import { internalTokenMatches } from '@/lib/internal-token';

/**
 * Publishes scheduled articles whose time has come and refreshes the cached pages. Called every
 * 20 seconds by the server's own scheduler (instrumentation.ts) with a token derived from AUTH_SECRET.
 */
export async function POST(request: Request) {
  if (!internalTokenMatches('scheduler', request.headers.get('authorization'))) return new Response('Forbidden', { status: 403 });
  const published = await publishDueArticles();
  if (published.length > 0) {
    for (const tag of [cacheTags.articles, cacheTags.sections, cacheTags.tags, cacheTags.authors, cacheTags.recentComments]) revalidateTag(tag, { expire: 0 });
    for (const a of published) {
      revalidateTag(cacheTags.article(a.id), { expire: 0 });
      revalidateTag(cacheTags.articleSlug(a.slug), { expire: 0 });
    }
  }
  return Response.json({ published: published.length });
}
