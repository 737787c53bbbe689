/**
 * The build's scripts and stylesheet as browsers fetch them: compressed the way the browser asks (brotli,
 * else gzip, else as stored), byte for byte the build's file once decoded, cached for a year, and nothing
 * outside the build's files reachable through their folder.
 */
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { get, raw } from './support/http';

async function assetsOfHomePage(): Promise<{ script: string; stylesheet: string }> {
  const html = await (await get('/')).text();
  const script = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)?.[1];
  const stylesheet = /href="(\/_next\/static\/chunks\/[^"]+\.css)"/.exec(html)?.[1];
  expect(script, 'the home page names its scripts').toBeTruthy();
  expect(stylesheet, 'the home page names its stylesheet').toBeTruthy();
  return { script: script!, stylesheet: stylesheet! };
}

describe('static assets', () => {
  it('are sent compressed as the browser asks, and decode to the very file the build wrote', async () => {
    const { script, stylesheet } = await assetsOfHomePage();
    for (const [path, type] of [
      [script, /^application\/javascript/],
      [stylesheet, /^text\/css/],
    ] as const) {
      const stored = await raw(path, { 'accept-encoding': 'identity' });
      expect(stored.status).toBe(200);
      expect(stored.headers['content-encoding']).toBeUndefined();
      expect(stored.headers['content-type']).toMatch(type);
      expect(stored.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(stored.headers['x-content-type-options']).toBe('nosniff');
      expect(Number(stored.headers['content-length'])).toBe(stored.body.length);

      const br = await raw(path, { 'accept-encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(br.body.length).toBeLessThan(stored.body.length);
      expect(zlib.brotliDecompressSync(br.body).equals(stored.body)).toBe(true);

      const gzip = await raw(path, { 'accept-encoding': 'br;q=0, gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gzip.body).equals(stored.body)).toBe(true);

      const head = await raw(path, { 'accept-encoding': 'gzip, deflate, br' }, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.headers['content-length']).toBe(br.headers['content-length']);
      expect(head.body.length).toBe(0);
    }
  });

  it('a release id in the query (deployments) changes nothing', async () => {
    const { script } = await assetsOfHomePage();
    const plain = await raw(script, { 'accept-encoding': 'identity' });
    const withQuery = await raw(`${script}?dpl=release-42`, { 'accept-encoding': 'identity' });
    expect(withQuery.status).toBe(200);
    expect(withQuery.body.equals(plain.body)).toBe(true);
  });

  it('answers 404 for names the build did not write and for paths that try to leave the folder', async () => {
    for (const path of [
      '/_next/static/chunks/not-a-chunk.js',
      '/_next/static/../../package.json',
      '/_next/static/%2e%2e/%2e%2e/package.json',
      '/_next/static/..%2f..%2fpackage.json',
      '/_next/static/chunks/../../../.env',
    ]) {
      const response = await raw(path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString()).not.toMatch(/"dependencies"|AUTH_SECRET/);
    }
  });

  it('a page names its stylesheet in its headers, so the browser fetches it while the page is still arriving', { timeout: 60_000 }, async () => {
    const { stylesheet } = await assetsOfHomePage();
    for (const path of ['/', '/finance', '/search?q=ceasefire']) {
      const page = await raw(path, { accept: 'text/html,application/xhtml+xml' });
      expect(page.status, path).toBe(200);
      const links = ([] as string[]).concat(page.headers.link ?? []).join(', ');
      expect(links, path).toContain(`<${stylesheet}>; rel=preload; as=style`);
    }
    // Once, however often the cached page has been regenerated since (its lifetime is seconds).
    for (let round = 0; round < 3; round++) {
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, 6_000));
      const page = await raw('/', { accept: 'text/html,application/xhtml+xml' });
      const links = ([] as string[]).concat(page.headers.link ?? []).join(', ');
      expect(links.split(stylesheet).length - 1, `round ${round}`).toBe(1);
    }
    // Data for client navigation and feeds are not documents: no stylesheet for them.
    const data = await raw('/finance', { accept: '*/*', rsc: '1' });
    expect(([] as string[]).concat(data.headers.link ?? []).join(', ')).not.toContain('.css');
    const feed = await raw('/feed.xml', { accept: 'application/rss+xml' });
    expect(([] as string[]).concat(feed.headers.link ?? []).join(', ')).not.toContain('.css');
  });

  it('refuses to change them: a POST is not served from the build', async () => {
    const { script } = await assetsOfHomePage();
    const response = await raw(script, {}, 'POST');
    expect(response.status).not.toBe(200);
  });
});
