/**
 * The cache handler for rendered pages (`cacheHandler` in next.config.js): Next.js's own file-system
 * cache, with every cached page document kept in ASCII (lib/cache/ascii-html.cjs).
 *
 * Next.js serves a cached page by handing the same JavaScript string to the response for every
 * request, measuring it (`Buffer.byteLength`) and encoding it to UTF-8 each time. Our pages carry
 * curly quotes and dashes, which make V8 store the whole page two bytes per character; measured on
 * the 90 KB front page, those two steps took longer than the rest of serving it. An ASCII page is
 * measured in about a microsecond and encoded several times faster.
 *
 * Storage, tags, revalidation and the memory limit are all Next.js's; only what `get` returns for a
 * page changes, once per cache entry (the entry object is remembered, not the URL, so a re-rendered
 * page is converted again).
 */
// CommonJS, because Next.js loads this file both through Node and inside its own server bundles, and
// only `require` gives the same value in both.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;
const { toAsciiHtml } = require('./ascii-html.cjs');

/** @type {WeakSet<object>} */
const converted = new WeakSet();

/** @param {any} entry */
function asciiPage(entry) {
  const value = entry && entry.value;
  if (!value || value.kind !== 'APP_PAGE' || typeof value.html !== 'string' || converted.has(entry)) return entry;
  value.html = toAsciiHtml(value.html);
  converted.add(entry);
  return entry;
}

class PageCacheHandler extends FileSystemCache {
  /** @param {any[]} args */
  async get(...args) {
    return asciiPage(await super.get(...args));
  }
}

module.exports = PageCacheHandler;
