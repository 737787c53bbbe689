import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createEncodedBodyCache, responseWithEncodedBodies } from '../../server/encoded-body-cache.mjs';

const page = (marker: string, chars = 10_000) => `<p>${marker}: today’s “news”</p>`.padEnd(chars, '—');

describe('createEncodedBodyCache', () => {
  it('returns short texts as they are', () => {
    const cache = createEncodedBodyCache({ minChars: 100 });
    expect(cache.encode('short’s')).toBe('short’s');
    expect(cache.stats().entries).toBe(0);
  });

  it('encodes a text once and returns the same bytes for it afterwards', () => {
    const cache = createEncodedBodyCache({ minChars: 100 });
    const text = page('front');
    const first = cache.encode(text);
    expect(Buffer.isBuffer(first)).toBe(true);
    expect((first as Buffer).equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(cache.encode(text)).toBe(first);
    expect(cache.encode(`${text.slice(0, -1)}—`)).toBe(first); // equal text, another string object
    expect(cache.stats()).toMatchObject({ entries: 1, hits: 2, misses: 1 });
  });

  it('keeps within its memory limit by dropping the least recently used texts', () => {
    const a = page('a');
    const b = page('b');
    const c = page('c');
    const entrySize = a.length * 2 + Buffer.byteLength(a);
    const cache = createEncodedBodyCache({ minChars: 100, maxBytes: entrySize * 2 + 10 });
    const encodedA = cache.encode(a);
    cache.encode(b);
    expect(cache.encode(a)).toBe(encodedA); // a is now the most recent
    cache.encode(c); // b goes
    expect(cache.stats()).toMatchObject({ entries: 2, bytes: entrySize * 2 });
    expect(cache.encode(a)).toBe(encodedA);
    expect(cache.stats().misses).toBe(3);
    cache.encode(b);
    expect(cache.stats().misses).toBe(4);
  });

  it('encodes but does not keep a text larger than the whole cache', () => {
    const cache = createEncodedBodyCache({ minChars: 100, maxBytes: 1_000 });
    const text = page('huge');
    expect(Buffer.from(cache.encode(text) as Buffer).toString('utf8')).toBe(text);
    expect(cache.stats().entries).toBe(0);
  });
});

describe('responseWithEncodedBodies', () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function serve(handler: (res: http.ServerResponse) => void) {
    const cache = createEncodedBodyCache({ minChars: 100 });
    server = http.createServer({ ServerResponse: responseWithEncodedBodies(http.ServerResponse, cache) }, (_req, res) => handler(res));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return { cache, url: `http://127.0.0.1:${port}/` };
  }

  it('sends the cached bytes of a text body, with the length the server announced', async () => {
    const text = page('served');
    let ended = 0;
    const { cache, url } = await serve((res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Length', Buffer.byteLength(text));
      res.end(text, () => (ended += 1));
    });
    for (let i = 0; i < 2; i++) {
      const response = await fetch(url);
      expect(await response.text()).toBe(text);
      expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    }
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1 });
    expect(ended).toBe(2);
  });

  it('leaves bodies in other encodings, buffers and empty ends alone', async () => {
    const latin1 = 'caf\u00e9 '.repeat(50);
    const { cache, url } = await serve((res) => {
      res.write(Buffer.from('<'));
      res.end(latin1, 'latin1');
    });
    const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
    expect(bytes.equals(Buffer.concat([Buffer.from('<'), Buffer.from(latin1, 'latin1')]))).toBe(true);
    expect(cache.stats().misses).toBe(0);
  });
});
