import { connection } from 'next/server';
import { internalTokenMatches } from '@/lib/internal-token';
import { pageCacheStats } from '@/lib/cache/page-cache-stats';

/** How much the page cache holds (entries, bytes, budget); for operators and the test suites. */
export async function GET(request: Request) {
  await connection();
  if (!internalTokenMatches('cache-report', request.headers.get('authorization'))) return new Response('Forbidden', { status: 403 });
  return Response.json({ pageCache: pageCacheStats() }, { headers: { 'Cache-Control': 'no-store' } });
}
