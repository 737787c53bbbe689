import { revalidateTag } from 'next/cache';
import { publishDueArticles } from '@/lib/dal/admin/article-workflow';
import { changedTags } from '@/lib/cache-tags';
import { internalTokenMatches } from '@/lib/internal-token';
import { pruneLiveEvents } from '@/lib/dal/live';
import { createDueIssues } from '@/lib/dal/newsletter-issues';
import { wakeNewsletterWorker } from '@/lib/dal/newsletter-worker';
import { forgetUnconfirmed } from '@/lib/dal/newsletter-subscribers';

/**
 * Publishes scheduled articles whose time has come and refreshes the cached pages; drops live-stream
 * events older than a day; writes and queues the day's newsletters once their time has come; forgets
 * newsletter sign-ups never confirmed. Called every
 * 20 seconds by the server's own scheduler (instrumentation.ts) with a token derived from AUTH_SECRET.
 */
export async function POST(request: Request) {
  if (!internalTokenMatches('scheduler', request.headers.get('authorization'))) return new Response('Forbidden', { status: 403 });
  const published = await publishDueArticles();
  await pruneLiveEvents();
  const tags = new Set(published.flatMap((article) => changedTags.article(article)));
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  const issues = await createDueIssues().catch((error) => {
    console.error('[newsletters] writing the day’s issues failed:', error instanceof Error ? error.message : error);
    return [];
  });
  if (issues.length > 0) wakeNewsletterWorker();
  await forgetUnconfirmed().catch(() => 0);
  return Response.json({ published: published.length, newsletters: issues.length });
}
