import 'server-only';
// The handler keeps its store on globalThis, so this copy of the module reads the one Next.js uses.
import PageCacheHandler from '@/server/page-cache-handler.cjs';

export function pageCacheStats(): { entries: number; bytes: number; maxBytes: number } {
  return PageCacheHandler.stats();
}
