// @ts-check
/**
 * The cache for rendered pages and route responses (`cacheHandler` in next.config.js), written to
 * Next.js's documented handler interface (get, set, revalidateTag, resetRequestCache).
 *
 * - Bounded: entries live in memory, least recently used out once the byte budget is spent. A page
 *   that falls out is rendered again on its next request.
 * - Only answers worth keeping are stored: a not-found (or any 4xx) render is never kept, so random
 *   URLs cost a render each but never grow the cache.
 * - Tag invalidation: every entry remembers the tags Next.js rendered it with; invalidating a tag drops
 *   the entries that carry it, and a tag's invalidation time is kept so that a render which started
 *   before it and finishes after it is not served as fresh. The times come from shared-cache.cjs, so with
 *   REDIS_URL an invalidation on any instance counts on every instance.
 * - Shared (with REDIS_URL): a page rendered by one instance is stored in Redis too, and another instance
 *   that has no copy of its own takes it from there instead of rendering it again.
 * - Pages are kept in ASCII (ascii-html.cjs): Next.js measures and encodes a cached page on
 *   every response, which is several times cheaper for a one-byte string.
 */
// CommonJS, because Next.js loads this file both through Node and inside its own server bundles, and
// only `require` gives the same value in both.
const { LRUCache } = require('lru-cache');
const { toAsciiHtml } = require('./ascii-html.cjs');
const { sharedCache } = require('./shared-cache.cjs');
const { encodeEntry, decodeEntry } = require('./cache-codec.cjs');

const MB = 1024 * 1024;
/** Memory for cached pages and route responses (a front page with its payloads is about 0.3 MB). */
const MAX_BYTES = 64 * MB;
/** How long a shared copy is kept when the page's own lifetime is unknown: the longest cache lifetime. */
const DEFAULT_EXPIRE_S = 7 * 24 * 60 * 60;
const TAGS_HEADER = 'x-next-cache-tags';

/**
 * @typedef {{ lastModified: number; value: any; cacheControl?: any; tags: string[]; size: number }} Entry
 * @typedef {{ entries: LRUCache<string, Entry>; renderStarts: Map<string, number> }} Store
 */

/** One store per process, shared by every bundle of the app that loads this file. */
function processStore() {
  const holder = /** @type {{ __newshubPageCache?: Store }} */ (globalThis);
  if (!holder.__newshubPageCache) {
    /** @type {Store} */
    const store = {
      entries: new LRUCache({ maxSize: MAX_BYTES, maxEntrySize: MAX_BYTES / 8, sizeCalculation: (entry) => entry.size }),
      renderStarts: new Map(),
    };
    // Memory back at once; correctness does not depend on it (every read checks the tag times).
    sharedCache().onInvalidate((tags) => {
      const wanted = new Set(tags);
      for (const [key, entry] of store.entries.entries()) if (entry.tags.some((tag) => wanted.has(tag))) store.entries.delete(key);
    });
    holder.__newshubPageCache = store;
  }
  return holder.__newshubPageCache;
}

/** @param {any} value @param {any} ctx @returns {string[]} */
function tagsOf(value, ctx) {
  const header = value && value.headers && value.headers[TAGS_HEADER];
  const fromHeader = typeof header === 'string' && header ? header.split(',') : [];
  return [...fromHeader, ...((ctx && ctx.tags) || []), ...((ctx && ctx.softTags) || [])];
}

/**
 * Not-found and other client-error answers are rendered per request, never kept per URL.
 * @param {any} value
 */
function worthKeeping(value) {
  if (!value) return false;
  if (value.kind === 'APP_PAGE' || value.kind === 'APP_ROUTE' || value.kind === 'PAGES') {
    return !(typeof value.status === 'number' && value.status >= 400);
  }
  return value.kind === 'FETCH' || value.kind === 'REDIRECT';
}

/** @param {any} value @param {string} key */
function byteSize(value, key) {
  let size = key.length + 512;
  if (typeof value.html === 'string') size += value.html.length * (/[^\x00-\xff]/.test(value.html) ? 2 : 1);
  if (value.rscData) size += value.rscData.byteLength;
  if (value.body) size += value.body.byteLength ?? String(value.body).length;
  if (typeof value.postponed === 'string') size += value.postponed.length;
  if (value.segmentData) for (const segment of value.segmentData.values()) size += segment.byteLength;
  if (value.kind === 'FETCH' && value.data) size += String(value.data.body ?? '').length;
  return size;
}

class PageCacheHandler {
  /** @param {any} _ctx */
  constructor(_ctx) {
    this.store = processStore();
  }

  /** @param {string} key */
  async get(key) {
    const shared = sharedCache();
    if (!shared.usable()) return this.miss(key);
    let entry = this.store.entries.get(key);
    if (!entry && shared.shared) {
      const bytes = await shared.getBytes(`page:${key}`);
      if (bytes) {
        entry = /** @type {Entry} */ (decodeEntry(bytes));
        entry.size = byteSize(entry.value, key);
        this.store.entries.set(key, entry);
      }
    }
    if (!entry) return this.miss(key);
    if (shared.invalidatedSince(entry.tags, entry.lastModified)) {
      this.store.entries.delete(key);
      return this.miss(key);
    }
    // Past its revalidate time, Next.js serves this copy and renders the page again in the background:
    // that render starts now, and an invalidation while it runs must keep its result out as well.
    const revalidate = entry.cacheControl && entry.cacheControl.revalidate;
    if (typeof revalidate === 'number' && Date.now() - entry.lastModified >= revalidate * 1000 && !this.store.renderStarts.has(key)) this.noteRenderStart(key);
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  /**
   * A render is about to start for this key: remember when, so that a tag invalidated meanwhile wins.
   * @param {string} key
   */
  miss(key) {
    this.noteRenderStart(key);
    return null;
  }

  /** @param {string} key */
  noteRenderStart(key) {
    this.store.renderStarts.set(key, Date.now());
    if (this.store.renderStarts.size > 10_000) this.store.renderStarts.clear();
  }

  /** @param {string} key @param {any} value @param {any} ctx */
  async set(key, value, ctx) {
    const startedAt = this.store.renderStarts.get(key);
    this.store.renderStarts.delete(key);
    if (!worthKeeping(value)) {
      this.store.entries.delete(key);
      return;
    }
    const tags = tagsOf(value, ctx);
    const shared = sharedCache();
    // Rendered from data that an invalidation during the render has since replaced: do not keep it.
    // Nor anything rendered while the tag times could not be checked (Redis away).
    if (!shared.usable() || (startedAt !== undefined && shared.invalidatedSince(tags, startedAt))) return;
    if (value.kind === 'APP_PAGE' && typeof value.html === 'string') value.html = toAsciiHtml(value.html);
    const cacheControl = ctx && !ctx.fetchCache ? ctx.cacheControl : undefined;
    /** @type {Entry} */
    const entry = { lastModified: Date.now(), value, cacheControl, tags, size: byteSize(value, key) };
    this.store.entries.set(key, entry);
    if (shared.shared) {
      const { size: _size, ...kept } = entry;
      const expire = typeof cacheControl?.expire === 'number' ? cacheControl.expire : DEFAULT_EXPIRE_S;
      await shared.setBytes(`page:${key}`, encodeEntry(kept), expire * 1000);
    }
  }

  /**
   * Drops every entry carrying one of the tags. An invalidation that only asks for stale-while-revalidate
   * (`durations.expire` later) is treated as immediate: the next reader gets a fresh render.
   * @param {string | string[]} tags @param {{ expire?: number } | undefined} _durations
   */
  async revalidateTag(tags, _durations) {
    const list = typeof tags === 'string' ? [tags] : tags;
    // Local copies are dropped through the shared cache's listener (on this instance and every other).
    await sharedCache().invalidate(list);
  }

  resetRequestCache() {}

  /** Entries and bytes held, for the internal cache report. */
  static stats() {
    const store = processStore();
    return { entries: store.entries.size, bytes: store.entries.calculatedSize, maxBytes: MAX_BYTES, shared: sharedCache().status() };
  }
}

module.exports = PageCacheHandler;
