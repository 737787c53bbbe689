import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { asksForDocument, preferredEncoding, preloadHeader } from '../../server/static-assets.mjs';

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ url, method, headers }) as unknown as IncomingMessage;

describe('the encoding a static file is sent in', () => {
  it('is brotli when the browser takes it, else gzip, else none', () => {
    expect(preferredEncoding('gzip, deflate, br')).toBe('br');
    expect(preferredEncoding('gzip, deflate')).toBe('gzip');
    expect(preferredEncoding('deflate')).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
    expect(preferredEncoding('')).toBeNull();
    expect(preferredEncoding('identity')).toBeNull();
  });

  it('honours q-values: the higher weighed wins, q=0 is refused, a wildcard stands for the rest', () => {
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('*;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('BR; Q=0.5')).toBe('br');
    expect(preferredEncoding('gzip;q=1, br;q=0.5')).toBe('gzip');
    expect(preferredEncoding('gzip;q=0.5, br;q=0.5')).toBe('br');
    expect(preferredEncoding('br;q=nonsense, gzip')).toBe('gzip');
  });
});

describe('the stylesheet named in a page’s headers', () => {
  it('is the build’s one stylesheet, with the release id when there is one', () => {
    expect(preloadHeader(['/_next/static/chunks/a.css'], undefined)).toBe('</_next/static/chunks/a.css>; rel=preload; as=style');
    expect(preloadHeader(['/_next/static/chunks/a.css'], 'r 1')).toBe('</_next/static/chunks/a.css?dpl=r%201>; rel=preload; as=style');
    expect(preloadHeader([], undefined)).toBeNull();
    expect(preloadHeader(['/_next/static/chunks/a.css', '/_next/static/chunks/b.css'], undefined)).toBeNull();
  });

  it('goes on documents a browser navigates to, not on data, streams, files or forms', () => {
    const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    expect(asksForDocument(request('/', html))).toBe(true);
    expect(asksForDocument(request('/articles/x?y=1', html))).toBe(true);
    expect(asksForDocument(request('/finance', { ...html, rsc: '1' }))).toBe(false);
    expect(asksForDocument(request('/api/live', html))).toBe(false);
    expect(asksForDocument(request('/_next/static/chunks/a.js', html))).toBe(false);
    expect(asksForDocument(request('/feed.xml', { accept: 'application/rss+xml' }))).toBe(false);
    expect(asksForDocument(request('/finance/feed.xml', html))).toBe(false);
    expect(asksForDocument(request('/media/5da33196-5f0b-44c9-a045-552e23db8f63', html))).toBe(false);
    expect(asksForDocument(request('/robots.txt?x=1', html))).toBe(false);
    expect(asksForDocument(request('/articles/peace.talks-resume', html))).toBe(true);
    expect(asksForDocument(request('/', html, 'HEAD'))).toBe(true);
    expect(asksForDocument(request('/', html, 'POST'))).toBe(false);
    expect(asksForDocument(request('/', {}))).toBe(false);
  });
});
