import { describe, expect, it, vi } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { bodyLimitFor, BODY_LIMITS, checkBodySize, clientAddressOf, hasMalformedPath, parseTrustProxy } from '../../server/request-guard.mjs';

const request = (init: { url?: string; method?: string; headers?: Record<string, string>; remote?: string }) =>
  ({
    url: init.url ?? '/',
    method: init.method ?? 'GET',
    headers: init.headers ?? {},
    socket: { remoteAddress: init.remote ?? '127.0.0.1' },
    connection: { remoteAddress: init.remote ?? '127.0.0.1' },
  }) as unknown as IncomingMessage;

describe('malformed paths', () => {
  it.each(['/%ff', '/articles/%ff', '/tags/%c0%af', '/%', '/a%zz', '/x%e0%80y', '/media/%ff?ok=1'])('%s is malformed', (url) =>
    expect(hasMalformedPath(url)).toBe(true),
  );
  it.each(['/', '/articles/istanbul-talks', '/search?q=%ff', '/caf%C3%A9', '/a%20b', '/articles/%2F'])('%s is fine', (url) =>
    expect(hasMalformedPath(url)).toBe(false),
  );
});

describe('body sizes', () => {
  it('allow forms up to the Server Action limit and uploads up to their own', () => {
    expect(bodyLimitFor('/articles/x')).toBe(BODY_LIMITS.default);
    expect(bodyLimitFor('/api/admin/images?x=1')).toBe(BODY_LIMITS.upload);
    expect(checkBodySize(request({ method: 'POST', headers: { 'content-length': String(BODY_LIMITS.default) } }))).toBe('ok');
    expect(checkBodySize(request({ method: 'POST', headers: { 'content-length': String(BODY_LIMITS.default + 1) } }))).toBe('too-large');
    expect(checkBodySize(request({ method: 'POST', url: '/api/admin/images', headers: { 'content-length': String(5 * 1024 * 1024) } }))).toBe('ok');
    expect(checkBodySize(request({ method: 'POST', headers: { 'transfer-encoding': 'chunked' } }))).toBe('length-required');
    expect(checkBodySize(request({ method: 'POST', headers: { 'content-length': '-1' } }))).toBe('length-required');
    expect(checkBodySize(request({ method: 'GET', headers: { 'content-length': '99999999' } }))).toBe('ok');
  });
});

describe('client addresses', () => {
  const forwarded = { 'x-forwarded-for': '203.0.113.7, 198.51.100.9' };

  it('come from the socket unless a proxy is trusted', () => {
    expect(clientAddressOf(request({ headers: forwarded, remote: '127.0.0.1' }), parseTrustProxy(undefined))).toBe('127.0.0.1');
    expect(clientAddressOf(request({ headers: forwarded, remote: '::ffff:192.0.2.4' }), parseTrustProxy(''))).toBe('192.0.2.4');
  });

  it('trust as many hops as TRUST_PROXY says', () => {
    expect(clientAddressOf(request({ headers: forwarded }), parseTrustProxy('1'))).toBe('198.51.100.9');
    expect(clientAddressOf(request({ headers: forwarded }), parseTrustProxy('2'))).toBe('203.0.113.7');
  });

  it('trust only the named proxies', () => {
    expect(clientAddressOf(request({ headers: forwarded, remote: '127.0.0.1' }), parseTrustProxy('loopback'))).toBe('198.51.100.9');
    expect(clientAddressOf(request({ headers: forwarded, remote: '10.1.2.3' }), parseTrustProxy('loopback'))).toBe('10.1.2.3');
    expect(clientAddressOf(request({ headers: forwarded, remote: '10.1.2.3' }), parseTrustProxy('10.0.0.0/8, 198.51.100.9'))).toBe('203.0.113.7');
  });

  it('refuse settings that would trust everyone, or nonsense', () => {
    expect(() => parseTrustProxy('true')).toThrow(/not accepted/);
    expect(() => parseTrustProxy('not-an-address')).toThrow(/not valid/);
  });
});

describe('the supervisor', () => {
  it('waits longer after each failure, up to 30 seconds', async () => {
    const { restartDelay } = await import('../../scripts/serve');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(restartDelay)).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('takes the web server’s heap size from NEWSHUB_HEAP_MB, and refuses a nonsense one at start-up', async () => {
    const saved = process.env.NEWSHUB_HEAP_MB;
    try {
      for (const [value, heap] of [
        ['', undefined],
        ['512', 512],
      ] as const) {
        process.env.NEWSHUB_HEAP_MB = value;
        vi.resetModules();
        expect((await import('../../lib/env')).env.NEWSHUB_HEAP_MB).toBe(heap);
      }
      for (const nonsense of ['lots', '64', '-1', '300.5']) {
        process.env.NEWSHUB_HEAP_MB = nonsense;
        vi.resetModules();
        await expect(import('../../lib/env'), nonsense).rejects.toThrow(/NEWSHUB_HEAP_MB must/);
      }
    } finally {
      if (saved === undefined) delete process.env.NEWSHUB_HEAP_MB;
      else process.env.NEWSHUB_HEAP_MB = saved;
      vi.resetModules();
    }
  });
});
