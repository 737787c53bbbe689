// @ts-check
/**
 * The `'use cache'` handler (`cacheHandlers.default` in next.config.js), to Next.js's documented
 * interface (get, set, refreshTags, getExpiration, updateTags).
 *
 * - Bounded memory in this process (least recently used out), in front of the shared store in Redis
 *   when REDIS_URL is set (shared-cache.cjs), so one instance's database reads serve every instance.
 * - Tag invalidations go through shared-cache.cjs: with REDIS_URL, an invalidation on any instance
 *   counts on every instance; while Redis is unreachable nothing is served from or stored in the cache.
 * - Like Next.js's default handler in production, an entry is used until its `revalidate` time and an
 *   invalidation removes it at once (the next reader waits for fresh data rather than seeing old).
 */
const { LRUCache } = require('lru-cache');
const { sharedCache } = require('./shared-cache.cjs');
const { encodeEntry, decodeEntry } = require('./cache-codec.cjs');

const MB = 1024 * 1024;
/** Memory for cached data (listings, articles, threads): most entries are a few kilobytes. */
const MAX_BYTES = 32 * MB;

/**
 * @typedef {{ tags: string[]; stale: number; timestamp: number; expire: number; revalidate: number }} Meta
 * @typedef {{ meta: Meta; readAt: number; bytes: Buffer }} Stored
 * `readAt`: when the data was read, by the wall clock (Date.now) that tag times use; Next.js's own
 * `timestamp` is on the process's monotonic clock, which drifts from it on a long-running server.
 */

function processState() {
  const holder = /** @type {{ __newshubDataCache?: { entries: LRUCache<string, Stored>; pending: Map<string, Promise<void>> } }} */ (globalThis);
  if (!holder.__newshubDataCache) {
    /** @type {LRUCache<string, Stored>} */
    const entries = new LRUCache({
      maxSize: MAX_BYTES,
      maxEntrySize: MAX_BYTES / 8,
      sizeCalculation: (stored, key) => stored.bytes.byteLength + key.length + 256,
    });
    sharedCache().onInvalidate((tags) => {
      const wanted = new Set(tags);
      for (const [key, stored] of entries.entries()) if (stored.meta.tags.some((tag) => wanted.has(tag))) entries.delete(key);
    });
    holder.__newshubDataCache = { entries, pending: new Map() };
  }
  return holder.__newshubDataCache;
}

/** @param {ReadableStream<Uint8Array>} stream */
async function readAll(stream) {
  /** @type {Uint8Array[]} */
  const chunks = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** @param {Buffer} bytes @returns {ReadableStream<Uint8Array>} */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

const monotonicNow = () => performance.timeOrigin + performance.now();
/** @param {number} monotonic */
const wallClock = (monotonic) => monotonic - monotonicNow() + Date.now();

/** @param {Stored} stored @param {string[]} softTags */
function current(stored, softTags) {
  const { meta, readAt } = stored;
  if (Date.now() > readAt + meta.revalidate * 1000) return false;
  const shared = sharedCache();
  return !shared.invalidatedSince(meta.tags, readAt) && !shared.invalidatedSince(softTags, readAt);
}

/** @type {import('next/dist/server/lib/cache-handlers/types').CacheHandler} */
const dataCacheHandler = {
  async get(cacheKey, softTags) {
    const state = processState();
    const pending = state.pending.get(cacheKey);
    if (pending) await pending;
    const shared = sharedCache();
    if (!shared.usable()) return undefined;
    let stored = state.entries.get(cacheKey);
    if (!stored && shared.shared) {
      const bytes = await shared.getBytes(`data:${cacheKey}`);
      if (bytes) {
        stored = /** @type {Stored} */ (decodeEntry(bytes));
        state.entries.set(cacheKey, stored);
      }
    }
    if (!stored) return undefined;
    if (!current(stored, softTags)) {
      state.entries.delete(cacheKey);
      return undefined;
    }
    // Next.js compares `timestamp` with its own clock: an entry from another instance gets this one's.
    return { ...stored.meta, timestamp: monotonicNow() - (Date.now() - stored.readAt), value: streamOf(stored.bytes) };
  },

  async set(cacheKey, pendingEntry) {
    const state = processState();
    /** @type {() => void} */
    let done = () => {};
    state.pending.set(
      cacheKey,
      new Promise((resolve) => {
        done = resolve;
      }),
    );
    try {
      const entry = await pendingEntry;
      const bytes = await readAll(entry.value);
      // `expire: 0` marks data that is never served from a cache.
      if (entry.expire === 0) return;
      const shared = sharedCache();
      // Data read while an invalidation of its tags happened is not kept; nor while tags cannot be checked.
      const readAt = wallClock(entry.timestamp);
      if (!shared.usable() || shared.invalidatedSince(entry.tags, readAt)) return;
      /** @type {Stored} */
      const stored = {
        meta: { tags: entry.tags, stale: entry.stale, timestamp: entry.timestamp, expire: entry.expire, revalidate: entry.revalidate },
        readAt,
        bytes,
      };
      state.entries.set(cacheKey, stored);
      if (shared.shared) await shared.setBytes(`data:${cacheKey}`, encodeEntry(stored), entry.revalidate * 1000);
    } catch {
      // A failed render is not cached; the next request tries again.
    } finally {
      state.pending.delete(cacheKey);
      done();
    }
  },

  // Tag times are pushed to this process as they change (shared-cache.cjs): nothing to fetch per request.
  async refreshTags() {},

  // Infinity: the soft (path) tags are checked in `get`, against wall-clock times like every other tag.
  async getExpiration() {
    return Infinity;
  },

  async updateTags(tags) {
    await sharedCache().invalidate(tags);
  },
};

module.exports = dataCacheHandler;
