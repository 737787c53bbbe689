// @ts-check
/**
 * The build's static files (`/_next/static/…`: scripts, stylesheets, fonts), served from memory and
 * compressed once. Next.js reads each from disk and gzips it again for every request: about 12 ms of the
 * server's time for the largest script, some 80 ms for the dozen files a page asks for at once, and the
 * page's stylesheet, which the browser needs before it paints anything, waits behind them. Their names
 * carry a hash of their content, so a file never changes while the server runs.
 *
 * The same list lets the server name the stylesheet in the headers of every page (`preloadHeader`), so the
 * browser asks for it as soon as the answer starts instead of once it has read the page's head.
 *
 * Only files the build wrote are served here (listed once, at start-up); any other path under
 * `/_next/static/` goes on to Next.js, which answers it as it always has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const PREFIX = '/_next/static/';
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** @type {Record<string, string>} */
const TYPES = {
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=UTF-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};
/** Already compressed formats gain nothing from a second pass. */
const COMPRESSIBLE = new Set(['.js', '.css', '.json', '.svg', '.txt']);

/**
 * @typedef {{ type: string; compressible: boolean; identity: Buffer; br?: Promise<Buffer>; gzip?: Promise<Buffer> }} Asset
 */

/** Every file under `dir`, as paths relative to it with forward slashes. @param {string} dir @param {string} [prefix] @returns {string[]} */
function listFiles(dir, prefix = '') {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix + entry.name;
    if (entry.isDirectory()) files.push(...listFiles(path.join(dir, entry.name), `${relative}/`));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}

/**
 * The encoding to send, from an Accept-Encoding header: the one of brotli and gzip the client weighs
 * higher (brotli when equal), else none. A coding listed with q=0 is one it refuses.
 * @param {string | undefined} header
 * @returns {'br' | 'gzip' | null}
 */
export function preferredEncoding(header) {
  if (!header) return null;
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const weight = (/** @type {string} */ name) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gz = weight('gzip');
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : null;
}

/**
 * @param {string} staticDir the build's static folder (`.next/static`)
 * @returns {{ serve(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): boolean; warm(): Promise<void>; stylesheets: string[] }}
 */
export function createStaticAssets(staticDir) {
  /** @type {Set<string>} */
  let known;
  try {
    known = new Set(listFiles(staticDir));
  } catch {
    known = new Set();
  }
  /** @type {Map<string, Asset>} */
  const assets = new Map();

  /** @param {string} file */
  function load(file) {
    let asset = assets.get(file);
    if (!asset) {
      const ext = path.extname(file).toLowerCase();
      asset = { type: TYPES[ext] ?? 'application/octet-stream', compressible: COMPRESSIBLE.has(ext), identity: readFileSync(path.join(staticDir, file)) };
      assets.set(file, asset);
    }
    return asset;
  }

  /** @param {Asset} asset @param {'br' | 'gzip'} encoding */
  function compressed(asset, encoding) {
    if (encoding === 'br')
      asset.br ??= brotli(asset.identity, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: asset.identity.length },
      });
    else asset.gzip ??= gzip(asset.identity, { level: 9 });
    return /** @type {Promise<Buffer>} */ (encoding === 'br' ? asset.br : asset.gzip);
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {Asset} asset
   * @param {Buffer} body
   * @param {'br' | 'gzip' | null} encoding
   */
  function send(req, res, asset, body, encoding) {
    res.statusCode = 200;
    res.setHeader('Content-Type', asset.type);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    if (asset.compressible) res.setHeader('Vary', 'Accept-Encoding');
    if (encoding) res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', body.length);
    if (req.method === 'HEAD') res.end();
    else res.end(body);
  }

  return {
    /** The build's stylesheets, as the addresses pages link them at. */
    get stylesheets() {
      return [...known].filter((file) => file.endsWith('.css')).map((file) => PREFIX + file);
    },
    serve(req, res) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const url = req.url ?? '';
      if (!url.startsWith(PREFIX)) return false;
      const pathname = url.split(/[?#]/, 1)[0] ?? '';
      const file = pathname.slice(PREFIX.length);
      // Listed names only: no decoding, so no way to step outside the folder.
      if (!known.has(file)) return false;
      let asset;
      try {
        asset = load(file);
      } catch {
        return false;
      }
      const encoding = asset.compressible ? preferredEncoding(/** @type {string | undefined} */ (req.headers['accept-encoding'])) : null;
      if (!encoding) {
        send(req, res, asset, asset.identity, null);
        return true;
      }
      compressed(asset, encoding).then(
        (body) => send(req, res, asset, body, encoding),
        () => send(req, res, asset, asset.identity, null),
      );
      return true;
    },
    /** Compresses the scripts and stylesheets ahead, so that the first readers need not wait for it. */
    async warm() {
      for (const file of known) {
        const asset = load(file);
        if (!asset.compressible) continue;
        await compressed(asset, 'br').catch(() => undefined);
        await compressed(asset, 'gzip').catch(() => undefined);
      }
    },
  };
}

/**
 * A `Link` header that has the browser fetch the site's stylesheet while the page is still arriving; null
 * when the build has none, or several (which pages need which is then not known here).
 * @param {string[]} stylesheets
 * @param {string | undefined} deploymentId Next.js adds it to asset addresses (`?dpl=`), so the preload must too
 */
export function preloadHeader(stylesheets, deploymentId) {
  if (stylesheets.length !== 1) return null;
  const query = deploymentId ? `?dpl=${encodeURIComponent(deploymentId)}` : '';
  return `<${stylesheets[0]}${query}>; rel=preload; as=style`;
}

/**
 * Whether a request asks for a page as a document (a browser's navigation, or HEAD for one), not for
 * data, a stream, an image, a feed or another file.
 * @param {import('node:http').IncomingMessage} req
 */
export function asksForDocument(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '';
  if (url.startsWith('/_next/') || url.startsWith('/api/') || url.startsWith('/media/')) return false;
  // Feeds, sitemaps, icons and the like: files, even when a browser opens them.
  const pathname = url.split(/[?#]/, 1)[0] ?? '';
  if (/\.[a-z0-9]+$/i.test(pathname.slice(pathname.lastIndexOf('/')))) return false;
  if (req.headers.rsc !== undefined) return false;
  return /\btext\/html\b/.test(String(req.headers.accept ?? ''));
}

/**
 * Puts `link` into the response's `Link` header as the headers go out, ahead of whatever Next.js put
 * there. Not before the page is handled: Next.js keeps the headers a response had while it rendered
 * with the page it caches, and would send a cached page's preload twice, then three times, one more
 * per regeneration.
 * @param {import('node:http').ServerResponse} res
 * @param {string} link
 */
export function addLinkOnWrite(res, link) {
  const writeHead = res.writeHead;
  /** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
    const current = res.getHeader('link');
    const existing = Array.isArray(current) ? current.join(', ') : current === undefined ? '' : String(current);
    if (!existing.includes(link)) res.setHeader('Link', existing ? `${link}, ${existing}` : link);
    return writeHead.apply(this, /** @type {any} */ (args));
  };
}
