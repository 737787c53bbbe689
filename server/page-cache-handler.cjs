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
 *   before it and finishes after it is not served as fresh.
 * - Pages are kept in ASCII (ascii-html.cjs): Next.js measures and encodes a cached page on
 *   every response, which is several times cheaper for a one-byte string.
 */
// CommonJS, because Next.js loads this file both through Node and inside its own server bundles, and
// only `require` gives the same value in both.
const { LRUCache } = require('lru-cache');
const { toAsciiHtml } = require('./ascii-html.cjs');

const MB = 1024 * 1024;
/** Memory for cached pages and route responses (a front page with its payloads is about 0.3 MB). */
const MAX_BYTES = 256 * MB;
/** Tag invalidations older than the longest cache lifetime (7 days) can no longer matter. */
const TAG_MEMORY_MS = 8 * 24 * 60 * 60 * 1000;
const TAGS_HEADER = 'x-next-cache-tags';

/**
 * @typedef {{ lastModified: number; value: any; cacheControl?: any; tags: string[]; size: number }} Entry
 * @typedef {{ entries: LRUCache<string, Entry>; tagTimes: Map<string, number>; renderStarts: Map<string, number> }} Store
 */

/** One store per process, shared by every bundle of the app that loads this file. */
function processStore() {
  const holder = /** @type {{ __newshubPageCache?: Store }} */ (globalThis);
  holder.__newshubPageCache ??= {
    entries: new LRUCache({ maxSize: MAX_BYTES, maxEntrySize: MAX_BYTES / 8, sizeCalculation: (entry) => entry.size }),
    tagTimes: new Map(),
    renderStarts: new Map(),
  };
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
    const entry = this.store.entries.get(key);
    if (!entry) {
      // A render is about to start for this key: remember when, so a tag invalidated meanwhile wins.
      this.store.renderStarts.set(key, Date.now());
      if (this.store.renderStarts.size > 10_000) this.store.renderStarts.clear();
      return null;
    }
    if (this.invalidatedSince(entry.tags, entry.lastModified)) {
      this.store.entries.delete(key);
      this.store.renderStarts.set(key, Date.now());
      return null;
    }
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
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
    // Rendered from data that an invalidation during the render has since replaced: do not keep it.
    if (startedAt !== undefined && this.invalidatedSince(tags, startedAt)) return;
    if (value.kind === 'APP_PAGE' && typeof value.html === 'string') value.html = toAsciiHtml(value.html);
    this.store.entries.set(key, {
      lastModified: Date.now(),
      value,
      cacheControl: ctx && !ctx.fetchCache ? ctx.cacheControl : undefined,
      tags,
      size: byteSize(value, key),
    });
  }

  /**
   * Drops every entry carrying one of the tags. An invalidation that only asks for stale-while-revalidate
   * (`durations.expire` later) is treated as immediate: the next reader gets a fresh render.
   * @param {string | string[]} tags @param {{ expire?: number } | undefined} _durations
   */
  async revalidateTag(tags, _durations) {
    const list = typeof tags === 'string' ? [tags] : tags;
    if (list.length === 0) return;
    const now = Date.now();
    for (const tag of list) this.store.tagTimes.set(tag, now);
    const wanted = new Set(list);
    for (const [key, entry] of this.store.entries.entries()) {
      if (entry.tags.some((tag) => wanted.has(tag))) this.store.entries.delete(key);
    }
    if (this.store.tagTimes.size > 50_000) this.forgetOldTags(now);
  }

  resetRequestCache() {}

  /** @param {string[]} tags @param {number} since */
  invalidatedSince(tags, since) {
    for (const tag of tags) {
      const at = this.store.tagTimes.get(tag);
      if (at !== undefined && at >= since) return true;
    }
    return false;
  }

  /** @param {number} now */
  forgetOldTags(now) {
    for (const [tag, at] of this.store.tagTimes) if (now - at > TAG_MEMORY_MS) this.store.tagTimes.delete(tag);
  }

  /** Entries and bytes held, for the internal cache report. */
  static stats() {
    const store = processStore();
    return { entries: store.entries.size, bytes: store.entries.calculatedSize, maxBytes: MAX_BYTES };
  }
}

module.exports = PageCacheHandler;
