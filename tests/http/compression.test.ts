/**
 * Pages as browsers fetch them from one instance: compressed the way the browser asks (brotli, else
 * gzip, else as they are), decoding to the same page, and a cached page's compressed bytes the same
 * from one reader to the next (compressed once, not per request).
 */
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { raw, type Raw } from './support/http';

const BROWSER = 'gzip, deflate, br, zstd';

function text(answer: Raw): string {
  const coding = answer.headers['content-encoding'];
  if (coding === 'br') return zlib.brotliDecompressSync(answer.body).toString('utf8');
  if (coding === 'gzip') return zlib.gunzipSync(answer.body).toString('utf8');
  expect(coding, 'an encoding the client asked for').toBeUndefined();
  return answer.body.toString('utf8');
}

/** The same cached copy of a page, asked for until two answers in a row carry the same page. */
async function twoOfTheSameCopy(path: string, coding: string): Promise<[Raw, Raw]> {
  let previous = await raw(path, { 'accept-encoding': coding });
  for (let i = 0; i < 10; i++) {
    const next = await raw(path, { 'accept-encoding': coding });
    if (text(next) === text(previous)) return [previous, next];
    previous = next;
  }
  throw new Error(`${path} changed on every request`);
}

describe('page compression', () => {
  it('sends a cached page in brotli to browsers, in gzip to clients that take only gzip, and as it is to the rest', async () => {
    const [first, second] = await twoOfTheSameCopy('/', BROWSER);
    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(first.headers['content-length'])).toBe(first.body.length);
    expect(second.body.equals(first.body)).toBe(true);
    const page = text(first);
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).toContain('</html>');

    const [gzip] = await twoOfTheSameCopy('/', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(text(gzip)).toContain('</html>');

    const plain = await raw('/', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(text(plain)).toContain('</html>');
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
  });

  it('compresses what is streamed (a search) and data for client navigation, and answers HEAD without a body', async () => {
    const search = await raw('/search?q=ceasefire', { 'accept-encoding': BROWSER });
    expect(search.status).toBe(200);
    expect(search.headers['content-encoding']).toBe('br');
    expect(text(search)).toContain('</html>');

    const navigation = await raw('/finance', { 'accept-encoding': 'gzip', rsc: '1' });
    if (navigation.status === 200) {
      expect(navigation.headers['content-type']).toMatch(/text\/x-component/);
      expect(navigation.headers['content-encoding']).toBe('gzip');
      expect(text(navigation).length).toBeGreaterThan(100);
    } else expect(navigation.status, 'a cache-busting redirect').toBeGreaterThanOrEqual(300);

    const head = await raw('/', { 'accept-encoding': BROWSER }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('sends a page that is not there compressed too, with its status', async () => {
    const missing = await raw('/articles/no-such-story-anywhere', { 'accept-encoding': BROWSER });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-encoding']).toBe('br');
    expect(text(missing)).toContain('</html>');
  });
});
