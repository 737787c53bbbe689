// @ts-check
import { LRUCache } from 'lru-cache';

/**
 * A bounded cache of response bodies already encoded to UTF-8, keyed by the body text.
 *
 * Next.js keeps a cached page as one JavaScript string and hands that same string to `res.end` on
 * every request, so Node re-encodes it each time. For a page with any character above U+00FF (curly
 * quotes, dashes) V8 stores the string two bytes per character and encoding it is the largest single
 * cost of serving the page. Keying the encoded bytes by the string returns them without encoding:
 * V8 compares a key by identity first, and a page served from cache is the very same string.
 * A changed page is a new string and so a new entry; old entries leave in least-recently-used order.
 */

/**
 * @typedef {{ entries: number; bytes: number; hits: number; misses: number }} EncodedBodyCacheStats
 * @typedef {{ encode(text: string): Buffer | string; stats(): EncodedBodyCacheStats }} EncodedBodyCache
 */

/**
 * @param {{ maxBytes?: number; minChars?: number }} [options]
 *   maxBytes: memory the cache may hold, counting the kept text (two bytes a character at worst) and
 *   its encoding; minChars: shorter texts are returned as they are (encoding them is cheap).
 * @returns {EncodedBodyCache}
 */
export function createEncodedBodyCache({ maxBytes = 24 * 1024 * 1024, minChars = 8 * 1024 } = {}) {
  /** @type {LRUCache<string, Buffer>} */
  const entries = new LRUCache({
    maxSize: maxBytes,
    // The kept text counts too: the key holds the page string alive.
    sizeCalculation: (encoded, text) => text.length * 2 + encoded.length,
  });
  let hits = 0;
  let misses = 0;

  return {
    encode(text) {
      if (text.length < minChars) return text;
      const cached = entries.get(text);
      if (cached) {
        hits += 1;
        return cached;
      }
      misses += 1;
      const encoded = Buffer.from(text, 'utf8');
      // A body larger than the whole cache is sent without being kept (lru-cache refuses it).
      entries.set(text, encoded);
      return encoded;
    },
    stats() {
      return { entries: entries.size, bytes: entries.calculatedSize, hits, misses };
    },
  };
}

/**
 * Whether a text written with this encoding argument goes out as UTF-8 (none given, or a callback in its
 * place, means UTF-8).
 * @param {unknown} encoding
 */
export function isUtf8(encoding) {
  return encoding === undefined || encoding === null || typeof encoding === 'function' || encoding === 'utf8' || encoding === 'utf-8';
}

/**
 * A `ServerResponse` class whose `end(text)` sends the cached encoding of `text`. Only `end` is
 * involved: Next.js sends a cached page with one `end` call and streams everything else with `write`.
 *
 * @param {typeof import('node:http').ServerResponse} Base
 * @param {EncodedBodyCache} cache
 */
export function responseWithEncodedBodies(Base, cache) {
  return class EncodedBodyResponse extends Base {
    /** @param {any} [chunk] @param {any} [encoding] @param {any} [callback] */
    end(chunk, encoding, callback) {
      const body = typeof chunk === 'string' && isUtf8(encoding) ? cache.encode(chunk) : chunk;
      return super.end(body, encoding, callback);
    }
  };
}
