/**
 * The view-counting endpoint as an attacker meets it: bodies that are not beacons, other sites'
 * pages posting views, made-up paths and referrers. None fails the server, none is counted, and the
 * answer never carries a cookie.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, get } from './support/http';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

function post(body: string, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl()}/api/views`, {
    method: 'POST',
    body,
    headers: { 'user-agent': BROWSER, 'content-type': 'text/plain;charset=UTF-8', ...headers },
    redirect: 'manual',
  });
}

describe('view beacons', () => {
  it('counts a beacon from the site’s own page, and sets no cookie', async () => {
    const response = await post(
      JSON.stringify({ path: '/articles/istanbul-talks-inch-towards-a-ceasefire', referrer: 'https://www.google.com/', width: 1280 }),
      {
        'sec-fetch-site': 'same-origin',
      },
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('x-view')).toBe('counted');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers bodies that are not beacons with 204 and counts nothing', async () => {
    for (const body of ['', 'not json', '[]', 'null', '42', '{"path":', JSON.stringify({ path: 'x'.repeat(3000) })]) {
      const response = await post(body);
      expect(response.status, body.slice(0, 20)).toBe(204);
      expect(response.headers.get('x-view'), body.slice(0, 20)).toMatch(/^(bad-request|not-a-page)$/);
    }
    for (const path of ['/admin/articles', '/api/views', '/articles/../admin', '/signin', '/articles/<script>', 42, null]) {
      const response = await post(JSON.stringify({ path }));
      expect(response.headers.get('x-view'), String(path)).toBe('not-a-page');
    }
  });

  it('refuses views posted by another site’s page', async () => {
    const response = await post(JSON.stringify({ path: '/' }), { 'sec-fetch-site': 'cross-site', origin: 'https://elsewhere.example' });
    expect(response.status).toBe(204);
    expect(response.headers.get('x-view')).toBe('cross-site');
  });

  it('serves the counting image to readers without JavaScript, counting the page that names itself', async () => {
    const counted = await get('/api/views', { headers: { 'user-agent': BROWSER, referer: `${baseUrl()}/finance` } });
    expect(counted.status).toBe(200);
    expect(counted.headers.get('content-type')).toBe('image/gif');
    expect(counted.headers.get('x-view')).toBe('counted');
    const elsewhere = await get('/api/views', { headers: { 'user-agent': BROWSER, referer: 'https://elsewhere.example/finance' } });
    expect(elsewhere.headers.get('x-view')).toBe('not-a-page');
    const none = await get('/api/views', { headers: { 'user-agent': BROWSER } });
    expect(none.headers.get('x-view')).toBe('not-a-page');
  });

  it('takes a made-up path or referrer without a server error', async () => {
    const odd = [
      { path: '/no-such-section', referrer: 'https://' + 'x'.repeat(200) + '.example/' },
      { path: '/articles/no-such-story', referrer: 'javascript:alert(1)' },
      { path: '/finance/page/999999', referrer: '\u0000', width: 'wide' },
      { path: '/', referrer: { nested: true }, width: -5 },
    ];
    for (const beacon of odd) {
      const response = await post(JSON.stringify(beacon));
      expect(response.status).toBe(204);
      expect(response.headers.get('x-view')).toBe('counted');
    }
  });
});
