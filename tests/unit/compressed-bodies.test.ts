import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createCompressedBodyCache, createCompressor, wholeBodyCoding } from '../../server/compressed-bodies.mjs';
import { responseWithPlainServerErrors } from '../../server/plain-errors.mjs';

const page = (marker: string, chars = 20_000) => `<p>${marker}: today&#8217;s news</p>`.padEnd(chars, ' lorem');
const BROWSER = 'gzip, deflate, br, zstd';

function decode(coding: string | undefined, body: Buffer): string {
  if (coding === 'br') return zlib.brotliDecompressSync(body).toString('utf8');
  if (coding === 'gzip') return zlib.gunzipSync(body).toString('utf8');
  return body.toString('utf8');
}

describe('createCompressedBodyCache', () => {
  it('compresses a text once per coding and returns the same bytes for equal text afterwards', () => {
    const cache = createCompressedBodyCache();
    const text = page('front');
    const br = cache.encode(text, 'br');
    const gzip = cache.encode(text, 'gzip');
    expect(decode('br', br)).toBe(text);
    expect(decode('gzip', gzip)).toBe(text);
    expect(cache.encode(text, 'br')).toBe(br);
    expect(cache.encode(`${text.slice(0, -1)}m`, 'gzip')).toBe(gzip); // equal text, another string
    expect(cache.stats()).toMatchObject({ entries: 1, hits: 2, misses: 2 });
  });

  it('keeps within its memory limit by dropping the least recently used texts', () => {
    const [a, b, c] = [page('a'), page('b'), page('c')];
    const probe = createCompressedBodyCache();
    const entry = a.length * 2 + probe.encode(a, 'gzip').length;
    const cache = createCompressedBodyCache({ maxBytes: entry * 2 + 100 });
    const first = cache.encode(a, 'gzip');
    cache.encode(b, 'gzip');
    expect(cache.encode(a, 'gzip')).toBe(first); // a is now the most recent
    cache.encode(c, 'gzip'); // b goes
    expect(cache.stats().entries).toBe(2);
    expect(cache.stats().bytes).toBeLessThanOrEqual(entry * 2 + 100);
    expect(cache.encode(a, 'gzip')).toBe(first);
    const misses = cache.stats().misses;
    cache.encode(b, 'gzip');
    expect(cache.stats().misses).toBe(misses + 1);
  });

  it('keeps a buffer’s encodings for as long as that very buffer is sent', () => {
    const cache = createCompressedBodyCache();
    const body = Buffer.from(page('rsc'));
    const first = cache.encode(body, 'br');
    expect(cache.encode(body, 'br')).toBe(first);
    expect(cache.encode(Buffer.from(body), 'br')).not.toBe(first); // another buffer, compressed anew
    expect(decode('br', first)).toBe(body.toString('utf8'));
  });
});

describe('wholeBodyCoding', () => {
  function exchange(request: { method?: string; encoding?: string }, response: { status?: number; type?: string; headers?: Record<string, string> }) {
    const req = { method: request.method ?? 'GET', headers: request.encoding === undefined ? {} : { 'accept-encoding': request.encoding } };
    const headers: Record<string, string> = { 'content-type': response.type ?? 'text/html; charset=utf-8', ...response.headers };
    const res = { statusCode: response.status ?? 200, getHeader: (name: string) => headers[name.toLowerCase()] };
    type Exchange = Parameters<typeof wholeBodyCoding>;
    return [req, res] as unknown as [Exchange[0], Exchange[1]];
  }
  const body = page('x');

  it('prefers brotli, then gzip, as the browser allows', () => {
    expect(wholeBodyCoding(...exchange({ encoding: BROWSER }, {}), body)).toBe('br');
    expect(wholeBodyCoding(...exchange({ encoding: 'gzip, deflate' }, {}), body)).toBe('gzip');
    expect(wholeBodyCoding(...exchange({ encoding: 'br;q=0, gzip' }, {}), body)).toBe('gzip');
    expect(wholeBodyCoding(...exchange({ encoding: 'gzip;q=1, br;q=0.5' }, {}), body)).toBe('gzip');
  });

  it('sends as it is to clients that ask for nothing else, or only for deflate', () => {
    expect(wholeBodyCoding(...exchange({}, {}), body)).toBeNull();
    expect(wholeBodyCoding(...exchange({ encoding: 'identity' }, {}), body)).toBeNull();
    expect(wholeBodyCoding(...exchange({ encoding: 'deflate' }, {}), body)).toBeNull();
  });

  it('leaves HEAD, bodiless statuses, server errors, encoded, no-transform, binary and small answers alone', () => {
    expect(wholeBodyCoding(...exchange({ method: 'HEAD', encoding: BROWSER }, {}), body)).toBeNull();
    expect(wholeBodyCoding(...exchange({ encoding: BROWSER }, { status: 304 }), body)).toBeNull();
    expect(wholeBodyCoding(...exchange({ encoding: BROWSER }, { status: 204 }), body)).toBeNull();
    expect(wholeBodyCoding(...exchange({ encoding: BROWSER }, { status: 500 }), body)).toBeNull();
    expect(wholeBodyCoding(...exchange({ encoding: BROWSER }, { status: 503 }), body)).toBeNull();
    expect(wholeBodyCoding(...exchange({ encoding: BROWSER }, { headers: { 'content-encoding': 'gzip' } }), body)).toBeNull();
    expect(wholeBodyCoding(...exchange({ encoding: BROWSER }, { headers: { 'cache-control': 'public, no-transform' } }), body)).toBeNull();
    expect(wholeBodyCoding(...exchange({ encoding: BROWSER }, { type: 'image/png' }), body)).toBeNull();
    expect(wholeBodyCoding(...exchange({ encoding: BROWSER }, {}), '<p>short</p>')).toBeNull();
  });

  it('compresses a not-found page and the RSC, JSON and XML answers too', () => {
    expect(wholeBodyCoding(...exchange({ encoding: BROWSER }, { status: 404 }), body)).toBe('br');
    for (const type of ['text/x-component', 'application/json', 'application/rss+xml; charset=utf-8'])
      expect(wholeBodyCoding(...exchange({ encoding: BROWSER }, { type }), body)).toBe('br');
  });
});

describe('createCompressor', () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function serve(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
    const cache = createCompressedBodyCache();
    const compress = createCompressor(cache);
    server = http.createServer({ ServerResponse: responseWithPlainServerErrors(http.ServerResponse) as unknown as typeof http.ServerResponse }, (req, res) => {
      compress(req, res);
      handler(req, res);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { cache, url: `http://127.0.0.1:${port}/` };
  }

  function get(url: string, headers: Record<string, string>, method = 'GET') {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .request(url, { method, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject)
        .end();
    });
  }

  it('sends a page sent whole in the coding the browser prefers, compressed once for every reader', async () => {
    const text = page('cached');
    let ended = 0;
    const { cache, url } = await serve((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Length', Buffer.byteLength(text));
      res.end(text, () => (ended += 1));
    });
    for (let i = 0; i < 3; i++) {
      const answer = await get(url, { 'accept-encoding': BROWSER });
      expect(answer.headers['content-encoding']).toBe('br');
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
      expect(decode('br', answer.body)).toBe(text);
    }
    const gzip = await get(url, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decode('gzip', gzip.body)).toBe(text);
    const plain = await get(url, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(text);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(text));
    expect(cache.stats()).toMatchObject({ hits: 2, misses: 2 });
    expect(ended).toBe(5);
  });

  it('compresses a streamed answer as it goes', async () => {
    const parts = [page('one'), page('two'), page('three')];
    const { cache, url } = await serve((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.write(parts[0]);
      setTimeout(() => {
        res.write(parts[1]);
        res.end(parts[2]);
      }, 20);
    });
    const answer = await get(url, { 'accept-encoding': BROWSER });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-length']).toBeUndefined();
    expect(decode('br', answer.body)).toBe(parts.join(''));
    expect(cache.stats().misses).toBe(0);
  });

  it('answers HEAD and 304 without a body, and leaves an already encoded body as it is', async () => {
    const text = page('etag');
    const encoded = zlib.gzipSync(text);
    const { url } = await serve((req, res) => {
      if (req.headers['if-none-match']) {
        res.statusCode = 304;
        res.end();
        return;
      }
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      if (req.headers['x-pre-encoded']) {
        res.setHeader('Content-Encoding', 'gzip');
        res.end(encoded);
      } else res.end(text);
    });
    const head = await get(url, { 'accept-encoding': BROWSER }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-encoding']).toBeUndefined();
    const notModified = await get(url, { 'accept-encoding': BROWSER, 'if-none-match': '"x"' });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    const pre = await get(url, { 'accept-encoding': BROWSER, 'x-pre-encoded': '1' });
    expect(pre.headers['content-encoding']).toBe('gzip');
    expect(decode('gzip', pre.body)).toBe(text);
  });

  it('sends a server error page whole and readable when its body is replaced by the plain one', async () => {
    const { url } = await serve((_req, res) => {
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(page('an empty document only a script would fill in'));
    });
    for (const encoding of [BROWSER, 'gzip', 'identity']) {
      const answer = await get(url, { 'accept-encoding': encoding });
      expect(answer.status).toBe(500);
      const length = answer.headers['content-length'];
      if (length !== undefined) expect(Number(length)).toBe(answer.body.length);
      expect(decode(answer.headers['content-encoding'], answer.body)).toMatch(/temporarily unavailable/);
    }
  });
});
