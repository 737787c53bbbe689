// @ts-check
/**
 * A server error page that says something without JavaScript. When Next.js cannot render a page (the
 * database is down, say), it answers 500 with an empty document that only its client script fills
 * in: crawlers, readers without JavaScript and the first paint see nothing. For a page request (not a
 * client navigation, not a Server Action) the production server sends this page's text instead, with
 * the same status and headers. `Retry-After` tells crawlers to come back soon.
 */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { plainPage } from './plain-page.mjs';

/** @param {string} encoding @param {Buffer} body */
function encodeAs(encoding, body) {
  if (encoding === 'gzip') return gzipSync(body);
  if (encoding === 'br') return brotliCompressSync(body);
  if (encoding === 'deflate') return deflateSync(body);
  return body;
}

/** @param {import('node:http').IncomingMessage | undefined} req */
function isPageRequest(req) {
  if (!req || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  return !req.headers['rsc'] && !req.headers['next-action'] && !req.headers['next-router-state-tree'];
}

const TITLE = 'This page is temporarily unavailable';
const MESSAGE =
  'We’re having trouble reaching our newsroom systems. Please try again in a moment; the front page and the stories you have read recently may still load.';

/**
 * @template {new (...args: any[]) => import('node:http').ServerResponse} T
 * @param {T} Base
 */
export function responseWithPlainServerErrors(Base) {
  return class PlainServerErrorResponse extends Base {
    /** Whether this response is a server error page whose body is replaced. */
    replacingBody() {
      if (this.statusCode < 500) return false;
      const type = String(this.getHeader('content-type') ?? '');
      return type.startsWith('text/html') && isPageRequest(/** @type {any} */ (this).req);
    }

    /** @param {any[]} args */
    write(...args) {
      if (!this.replacingBody()) return super.write.apply(this, /** @type {any} */ (args));
      const callback = args.find((a) => typeof a === 'function');
      if (callback) process.nextTick(callback);
      return true;
    }

    /** @param {any[]} args */
    end(...args) {
      if (!this.replacingBody()) return super.end(...args);
      if (!this.headersSent) {
        this.removeHeader('content-length');
        this.setHeader('Cache-Control', 'no-store');
        this.setHeader('Retry-After', '10');
      }
      const callback = args.find((a) => typeof a === 'function');
      // Next.js's compression sits in front of these methods: the page goes out in the encoding it announced.
      const body = encodeAs(String(this.getHeader('content-encoding') ?? ''), Buffer.from(plainPage(this.statusCode, TITLE, MESSAGE), 'utf8'));
      return super.end(body, callback);
    }
  };
}
