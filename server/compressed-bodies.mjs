// @ts-check
/**
 * Compression for what Next.js answers (next.config.js turns its own off). Streamed answers go through
 * the `compression` middleware, as they did inside Next.js. An answer sent whole (a cached page, the
 * same string on every hit) is compressed once: its brotli or gzip bytes are kept, keyed by the body
 * as encoded-body-cache.mjs keys UTF-8, so a hit costs a lookup instead of compressing 100 KB again.
 */
import zlib from 'node:zlib';
import compression from 'compression';
import { LRUCache } from 'lru-cache';
import vary from 'vary';
import { isUtf8 } from './encoded-body-cache.mjs';
import { preferredEncoding } from './static-assets.mjs';

/** @typedef {'br' | 'gzip'} Coding */
/** @typedef {{ entries: number; bytes: number; hits: number; misses: number }} CompressedBodyStats */

const BROTLI_QUALITY = 5;

/** @param {string | Buffer} body @param {Coding} coding */
function compress(body, coding) {
  if (coding === 'gzip') return zlib.gzipSync(body);
  return zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body),
    },
  });
}

/**
 * Compressed bodies, least recently used out. Strings are kept by value (a page served from cache is
 * the very same string, which V8 compares by identity first); Buffers by identity, for as long as
 * their owner keeps them.
 *
 * @param {{ maxBytes?: number }} [options] maxBytes: memory held, counting each kept text (two bytes a
 *   character at worst) and its encodings.
 */
export function createCompressedBodyCache({ maxBytes = 16 * 1024 * 1024 } = {}) {
  /** @type {LRUCache<string, Map<Coding, Buffer>>} */
  const byText = new LRUCache({
    maxSize: maxBytes,
    sizeCalculation: (codings, text) => text.length * 2 + [...codings.values()].reduce((sum, b) => sum + b.length, 0),
  });
  /** @type {WeakMap<Buffer, Map<Coding, Buffer>>} */
  const byBuffer = new WeakMap();
  let hits = 0;
  let misses = 0;

  /** @param {string} text @param {Coding} coding */
  function forText(text, coding) {
    const codings = byText.get(text);
    const kept = codings?.get(coding);
    if (kept) {
      hits += 1;
      return kept;
    }
    misses += 1;
    const encoded = compress(text, coding);
    // A new map, so that the cache counts the new coding in its size (one larger than the whole cache is not kept).
    byText.set(text, new Map(codings ?? []).set(coding, encoded));
    return encoded;
  }

  /** @param {Buffer} body @param {Coding} coding */
  function forBuffer(body, coding) {
    let codings = byBuffer.get(body);
    const kept = codings?.get(coding);
    if (kept) {
      hits += 1;
      return kept;
    }
    misses += 1;
    const encoded = compress(body, coding);
    if (!codings) byBuffer.set(body, (codings = new Map()));
    codings.set(coding, encoded);
    return encoded;
  }

  return {
    /** @param {string | Buffer} body @param {Coding} coding @returns {Buffer} */
    encode(body, coding) {
      return typeof body === 'string' ? forText(body, coding) : forBuffer(body, coding);
    },
    /** @returns {CompressedBodyStats} */
    stats() {
      return { entries: byText.size, bytes: byText.calculatedSize, hits, misses };
    },
  };
}

/** @typedef {ReturnType<typeof createCompressedBodyCache>} CompressedBodyCache */

const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;
const MIN_BYTES = 1024;

/**
 * The coding a whole body goes out in, or null to leave it to the middleware (deflate, small bodies,
 * statuses without a body, server errors) or send it as it is.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string | Buffer} body
 * @returns {Coding | null}
 */
export function wholeBodyCoding(req, res, body) {
  if (req.method === 'HEAD' || res.statusCode < 200 || res.statusCode === 204 || res.statusCode === 304) return null;
  // A server error page may still have its body replaced (plain-errors.mjs): no length is promised for it.
  if (res.statusCode >= 500) return null;
  if (res.getHeader('Content-Encoding')) return null;
  if (NO_TRANSFORM.test(String(res.getHeader('Cache-Control') ?? ''))) return null;
  if (!compression.filter(/** @type {any} */ (req), /** @type {any} */ (res))) return null;
  if (body.length < MIN_BYTES) return null;
  return preferredEncoding(/** @type {string | undefined} */ (req.headers['accept-encoding']));
}

/**
 * Compresses one response: call before Next.js writes anything to it.
 *
 * @param {CompressedBodyCache} cache
 */
export function createCompressor(cache) {
  const streamed = compression({ threshold: MIN_BYTES });
  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  return (req, res) => {
    streamed(/** @type {any} */ (req), /** @type {any} */ (res), () => {});
    /** @type {(this: import('node:http').ServerResponse, chunk?: any, encoding?: any) => any} */
    const endStreamed = /** @type {any} */ (res.end);
    /** @param {any} [chunk] @param {any} [encoding] @param {any} [callback] */
    res.end = function end(chunk, encoding, callback) {
      if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
      const whole = !this.headersSent && (typeof chunk === 'string' || Buffer.isBuffer(chunk));
      const textOk = typeof chunk !== 'string' || isUtf8(encoding);
      const coding = whole && textOk ? wholeBodyCoding(req, this, chunk) : null;
      if (!coding) {
        // The middleware's end takes no callback: it is called when the response has gone out.
        if (callback) this.once('finish', () => callback());
        return endStreamed.call(this, chunk, encoding);
      }
      const body = cache.encode(chunk, coding);
      vary(this, 'Accept-Encoding');
      this.setHeader('Content-Encoding', coding);
      this.setHeader('Content-Length', body.length);
      if (callback) this.once('finish', () => callback());
      return endStreamed.call(this, body);
    };
  };
}
