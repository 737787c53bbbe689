/**
 * What strangers can send without signing in: random addresses under every dynamic route, broken
 * percent-escapes, trailing slashes, oversized bodies. None of it may grow storage, answer a bare 500
 * or lose the security headers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { internalToken } from '@/lib/internal-token';
import { baseUrl, get, inBatches } from './support/http';

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options'];

function expectSecurityHeaders(response: Response, what: string) {
  for (const name of SECURITY_HEADERS) expect(response.headers.get(name), `${what}: ${name}`).toBeTruthy();
  expect(response.headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
}

async function pageCacheBytes(): Promise<number> {
  const response = await get('/api/internal/cache', { headers: { authorization: internalToken('cache-report') } });
  expect(response.status).toBe(200);
  return (await response.json()).pageCache.bytes;
}

function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? directoryBytes(full) : statSync(full).size;
  }
  return total;
}

const randomSlug = () => `no-such-${Math.random().toString(36).slice(2, 10)}`;

describe('random not-found addresses', () => {
  it('2,000 of them across every dynamic route grow the caches by less than 1 MB', async () => {
    const routes = [
      (s: string) => `/articles/${s}`,
      (s: string) => `/articles/${s}/comments.xml`,
      (s: string) => `/articles/${s}/social-card.png`,
      (s: string) => `/articles/${s}/respond`,
      (s: string) => `/tags/${s}`,
      (s: string) => `/tags/${s}/page/2`,
      (s: string) => `/authors/${s}`,
      (s: string) => `/authors/${s}/feed.xml`,
      (s: string) => `/authors/${s}/atom.xml`,
      (s: string) => `/authors/${s}/page/3`,
      (s: string) => `/${s}`,
      (s: string) => `/${s}/feed.xml`,
      (s: string) => `/${s}/atom.xml`,
      (s: string) => `/${s}/page/2`,
      (_s: string) => `/world/page/${1000 + Math.floor(Math.random() * 9000)}`,
      (s: string) => `/sitemaps/${s}.xml`,
      (_s: string) => `/media/${crypto.randomUUID()}`,
      (s: string) => `/front/${s}`,
      (s: string) => `/comments/${s}`,
      (s: string) => `/comments/world/${s}`,
    ];
    // Warm what every page shares, so that only the not-found answers can grow anything.
    for (const path of ['/', '/world', '/articles/istanbul-talks-inch-towards-a-ceasefire']) await get(path);
    const nextDir = path.resolve('.next');
    const diskBefore = directoryBytes(nextDir);
    const cacheBefore = await pageCacheBytes();
    const urls = Array.from({ length: 2000 }, (_, i) => routes[i % routes.length]!(randomSlug()));
    const statuses = await inBatches(urls, 8, async (url) => {
      const response = await get(url);
      await response.arrayBuffer();
      return response.status;
    });
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => s === 404 || s === 307 || s === 308)).toBe(true);
    const grown = (await pageCacheBytes()) - cacheBefore + (directoryBytes(nextDir) - diskBefore);
    expect(grown).toBeLessThan(1024 * 1024);
    // What is measured is growth, not speed: every not-found page is rendered afresh (none is kept), at
    // 25–35 a second on two busy cores, so the time allowed is generous.
  }, 240_000);
});

describe('malformed addresses', () => {
  const named = [
    '/articles/%ff',
    '/%ff',
    '/media/%ff',
    '/world/page/%ff',
    '/api/comments/%ff/source',
    '/sitemaps/%ff',
    '/tags/%c0%af',
    '/authors/%e0%80',
    '/%',
    '/articles/a%zz',
    '/comments/%ff',
  ];

  it('get 400 or the 404 page, with the security headers', async () => {
    for (const url of named) {
      const response = await get(url);
      expect([400, 404], url).toContain(response.status);
      expectSecurityHeaders(response, url);
      expect(await response.text(), url).toMatch(/<title>[^<]+<\/title>/);
    }
  });

  it('100 random broken escapes never answer 500', async () => {
    const prefixes = ['/', '/articles/', '/tags/', '/authors/', '/world/page/', '/media/', '/sitemaps/', '/api/comments/', '/search/', '/admin/'];
    const urls = Array.from({ length: 100 }, (_, i) => {
      const bytes = Array.from({ length: 1 + (i % 3) }, () => `%${(0x80 + Math.floor(Math.random() * 0x80)).toString(16)}`).join('');
      return `${prefixes[i % prefixes.length]}x${bytes}y`;
    });
    const statuses = await inBatches(urls, 10, async (url) => (await get(url)).status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
  });

  it('a broken escape in the search query is answered like any other query', async () => {
    const response = await get('/search?q=%ff%fe');
    expect(response.status).toBeLessThan(500);
  });
});

describe('every answer carries the security headers', () => {
  it('trailing-slash redirects', async () => {
    for (const url of ['/world/', '/articles/istanbul-talks-inch-towards-a-ceasefire/', '/about/']) {
      const response = await get(url);
      expect(response.status, url).toBe(308);
      expectSecurityHeaders(response, url);
    }
  });

  it('not-found pages, feeds and images', async () => {
    for (const url of ['/articles/no-such-story', '/feed.xml', '/robots.txt']) expectSecurityHeaders(await get(url), url);
  });
});

describe('oversized bodies', () => {
  it('a 1 MB + 1 comment form gets 413 with a page that says what to do', async () => {
    const body = new FormData();
    body.set('body', 'x'.repeat(1024 * 1024 + 1));
    body.set('articleId', '1');
    const response = await get('/articles/istanbul-talks-inch-towards-a-ceasefire', { method: 'POST', body });
    expect(response.status).toBe(413);
    expectSecurityHeaders(response, '413');
    expect(await response.text()).toContain('5,000 characters');
  });
});

describe('slow and garbled clients', () => {
  it('a client that never finishes its headers is cut off within seconds, not minutes', async () => {
    const { port, hostname } = new URL(baseUrl());
    const startedAt = Date.now();
    const closedAfter = await new Promise<number>((resolve, reject) => {
      const socket = net.connect(Number(port), hostname, () => socket.write('GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: '));
      const drip = setInterval(() => socket.write('a'), 1_000);
      socket.on('close', () => {
        clearInterval(drip);
        resolve(Date.now() - startedAt);
      });
      socket.on('error', () => undefined);
      setTimeout(() => reject(new Error('still open after 40 s')), 40_000).unref();
    });
    expect(closedAfter).toBeLessThan(20_000);
  }, 45_000);

  it('a flood of malformed Server Action requests leaves a short log', async () => {
    const log = inject('serverLog');
    const before = readFileSync(log, 'utf8').split('\n').length;
    await inBatches(
      Array.from({ length: 400 }, (_, i) => i),
      20,
      async (i) => {
        const response = await get('/', {
          method: 'POST',
          headers: { 'next-action': (i * 7919).toString(16).padStart(8, '0'), 'content-type': 'text/plain;charset=UTF-8' },
          body: `["garbage ${i}"]`,
        });
        expect(response.status).toBeLessThan(500);
        await response.arrayBuffer();
      },
    );
    const after = readFileSync(log, 'utf8').split('\n').length;
    expect(after - before).toBeLessThan(120);
  });
});
