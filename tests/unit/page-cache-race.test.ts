import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PageCacheHandler = require('../../server/page-cache-handler.cjs');
const { sharedCache } = require('../../server/shared-cache.cjs');

let n = 0;
const page = (html: string, tag: string) => ({ kind: 'APP_PAGE', html, status: 200, headers: { 'x-next-cache-tags': tag } });

afterEach(() => vi.useRealTimers());

describe('the page cache and invalidations during a render', () => {
  it('keeps out a page rendered on a miss while its tag was invalidated', async () => {
    const handler = new PageCacheHandler({});
    const key = `/race-miss-${++n}`;
    const tag = `race-tag-${n}`;
    expect(await handler.get(key)).toBeNull();
    await sharedCache().invalidate([tag]);
    await handler.set(key, page('<p>old</p>', tag), { cacheControl: { revalidate: 5 } });
    expect(await handler.get(key)).toBeNull();
  });

  it('keeps out a background re-render of a stale copy that an invalidation overtook, and keeps an untouched one', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-03T12:00:00Z'), toFake: ['Date'] });
    const handler = new PageCacheHandler({});
    const key = `/race-stale-${++n}`;
    const tag = `race-tag-${n}`;
    await handler.get(key);
    await handler.set(key, page('<p>first</p>', tag), { cacheControl: { revalidate: 5 } });
    // Past its revalidate time: served, and Next.js renders it again in the background.
    vi.setSystemTime(Date.now() + 6_000);
    expect((await handler.get(key))?.value.html).toBe('<p>first</p>');
    vi.setSystemTime(Date.now() + 100);
    // A comment is posted while that render reads the old thread.
    await sharedCache().invalidate([tag]);
    vi.setSystemTime(Date.now() + 100);
    await handler.set(key, page('<p>read before the comment</p>', tag), { cacheControl: { revalidate: 5 } });
    expect(await handler.get(key)).toBeNull();

    // Without an invalidation, the background render replaces the stale copy as usual.
    await handler.set(key, page('<p>fresh</p>', tag), { cacheControl: { revalidate: 5 } });
    vi.setSystemTime(Date.now() + 6_000);
    expect((await handler.get(key))?.value.html).toBe('<p>fresh</p>');
    vi.setSystemTime(Date.now() + 100);
    await handler.set(key, page('<p>newer</p>', tag), { cacheControl: { revalidate: 5 } });
    expect((await handler.get(key))?.value.html).toBe('<p>newer</p>');
  });
});
