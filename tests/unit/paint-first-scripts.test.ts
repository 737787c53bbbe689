import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { createPaintFirstPages, paintFirst, paintFirstResponse, paintsFirst } from '../../server/paint-first-scripts.mjs';

const tag = (src: string, id?: string) => `<script src="${src}"${id ? ` id="${id}"` : ''} async=""></script>`;
const head = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>',
  tag('/_next/static/chunks/a.js'),
  tag('/_next/static/chunks/turbopack-b.js?dpl=r1'),
  '<title>Istanbul talks inch towards a ceasefire</title>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script src="https://example.test/widget.js" async=""></script>',
  '</head>',
].join('');
const body = `<body><main><h1>Istanbul talks inch towards a ceasefire</h1><p>Negotiators met for a third day.</p></main>${tag('/_next/static/chunks/boot.js', '_R_')}<script>self.__next_f.push([1,"x"])</script></body></html>`;
const page = head + body;

/** The sources the loader in `html` will insert, in order. */
function loaded(html: string): string[][] {
  const call = /<script>\(function\(u\)\{.*?\}\)\((\[\[.*?\]\])\)<\/script>/.exec(html);
  return call ? (JSON.parse(call[1] ?? '[]') as string[][]) : [];
}

describe('paintFirst', () => {
  it('replaces the framework’s async scripts with one loader that inserts them, ids kept, in order', () => {
    const out = paintFirst(page);
    expect(out).not.toMatch(/<script src="\/_next\/static\/chunks\/(a|turbopack-b|boot)\.js[^"]*"[^>]*async/);
    expect(loaded(out)).toEqual([['/_next/static/chunks/a.js'], ['/_next/static/chunks/turbopack-b.js?dpl=r1'], ['/_next/static/chunks/boot.js', '_R_']]);
    expect(out.match(/\(function\(u\)/g)).toHaveLength(1);
    // The loader sits where the last script was: after the story, before the inline payload.
    expect(out.indexOf('(function(u)')).toBeGreaterThan(out.indexOf('Negotiators met'));
    expect(out.indexOf('(function(u)')).toBeLessThan(out.indexOf('self.__next_f'));
  });

  it('leaves everything else as it was', () => {
    const out = paintFirst(page);
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script src="https://example.test/widget.js" async=""></script>',
      '<title>Istanbul talks inch towards a ceasefire</title>',
      '<main><h1>Istanbul talks inch towards a ceasefire</h1><p>Negotiators met for a third day.</p></main>',
    ])
      expect(out).toContain(kept);
  });

  it('returns the same string when there is nothing to move', () => {
    const plain = '<!DOCTYPE html><html><head><title>Not found</title></head><body><p>No such story.</p></body></html>';
    expect(paintFirst(plain)).toBe(plain);
  });

  it('leaves an error shell alone: its body is drawn by the scripts, so there is no paint to wait for', () => {
    const shell = page.replace('<html lang="en">', '<html id="__next_error__">');
    expect(paintFirst(shell)).toBe(shell);
  });

  it('does not touch a tag whose address could break out of the loader', () => {
    for (const src of ['/_next/static/chunks/a.js?x=1&amp;y=2', '/_next/static/chunks/a\\.js', '/_next/static/chunks/a.js?</script>']) {
      const html = `<head>${tag(src)}</head>`;
      expect(paintFirst(html)).toBe(html);
    }
  });
});

describe('paintsFirst', () => {
  const request = (url: string, method = 'GET') => ({ url, method, headers: {} }) as unknown as IncomingMessage;
  it('is reader pages, asked for with GET or HEAD; not the newsroom, nor forms posted', () => {
    for (const url of ['/', '/finance', '/articles/x?y=1', '/search?q=admin', '/administration-news', '/no-such-page'])
      expect(paintsFirst(request(url)), url).toBe(true);
    expect(paintsFirst(request('/', 'HEAD'))).toBe(true);
    for (const url of ['/admin', '/admin/', '/admin/articles/new', '/admin?x=1']) expect(paintsFirst(request(url)), url).toBe(false);
    expect(paintsFirst(request('/articles/x', 'POST'))).toBe(false);
  });
});

describe('createPaintFirstPages', () => {
  it('gives the same rewritten string for the same page, so text-keyed caches keep hitting', () => {
    const pages = createPaintFirstPages();
    const first = pages(page);
    expect(first).toBe(paintFirst(page));
    expect(pages(page)).toBe(first);
    expect(pages(`${page}`)).toBe(first);
  });
});

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: (res: http.ServerResponse) => void, method = 'GET') {
  server = http.createServer((_req, res) => {
    paintFirstResponse(res, createPaintFirstPages());
    handler(res);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/`, { method });
  return { response, text: await response.text() };
}

describe('paintFirstResponse', () => {
  it('rewrites a whole page sent with end, and states its new length', async () => {
    const { response, text } = await serve((res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Length', Buffer.byteLength(page));
      res.end(page);
    });
    expect(text).toBe(paintFirst(page));
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
  });

  it('rewrites each piece of a streamed page, bytes or text', async () => {
    const { text } = await serve((res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.write(Buffer.from(head));
      res.write('<body><p>“Quotes” survive — and dashes.</p>');
      res.end(Buffer.from(`${tag('/_next/static/chunks/boot.js', '_R_')}</body></html>`));
    });
    expect(text).toContain('“Quotes” survive — and dashes.');
    expect(text.match(/\(function\(u\)/g)).toHaveLength(2);
    expect(text).not.toMatch(/<script src="\/_next\/static\/[^>]*async/);
    expect(loaded(text)).toEqual([['/_next/static/chunks/a.js'], ['/_next/static/chunks/turbopack-b.js?dpl=r1']]);
  });

  it('leaves every piece of a streamed error shell alone', async () => {
    const shellHead = head.replace('<html lang="en">', '<html id="__next_error__">');
    const tail = `<body>${tag('/_next/static/chunks/boot.js', '_R_')}</body></html>`;
    const { text } = await serve((res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.write(Buffer.from(shellHead));
      res.end(tail);
    });
    expect(text).toBe(shellHead + tail);
  });

  it('leaves answers that are not HTML alone', async () => {
    const json = JSON.stringify({ html: page });
    const { text } = await serve((res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(json);
    });
    expect(text).toBe(json);
  });

  it('drops the length Next.js states for HEAD, which would be the length of the page before it was rewritten', async () => {
    const { response } = await serve((res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Length', Buffer.byteLength(page));
      res.end(null);
    }, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBeNull();
  });
});
