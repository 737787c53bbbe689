/**
 * What instances share through Redis (server/shared-cache.cjs): two caches in one test stand for two
 * instances of the site. A private redis-server is used so that it can be stopped and started.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedCache } from '@/server/shared-cache.cjs';
import { redisServerInstalled, startPrivateRedis, type PrivateRedis } from '../support/redis-server';

type SharedCache = ReturnType<typeof createSharedCache>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, ms: number, check: () => boolean | Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`);
    await sleep(20);
  }
  return Date.now() - started;
}

describe.skipIf(!redisServerInstalled)('tag invalidations and cached bytes shared through Redis', () => {
  let redis: PrivateRedis;
  let a: SharedCache;
  let b: SharedCache;
  let prefix: string;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    prefix = `test-${process.pid}-${Date.now()}:`;
    a = createSharedCache({ url: redis.url, prefix });
    b = createSharedCache({ url: redis.url, prefix });
    await until('both instances connected', 5_000, () => a.usable() && b.usable());
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.stop();
  });

  it('an invalidation on one instance is seen by the other within moments', async () => {
    const renderedAt = Date.now();
    await sleep(5);
    const heard: string[][] = [];
    b.onInvalidate((tags) => heard.push(tags));
    await a.invalidate(['article:41', 'articles']);
    expect(a.invalidatedSince(['article:41'], renderedAt)).toBe(true);
    const took = await until('instance B hears of it', 2_000, () => b.invalidatedSince(['article:41'], renderedAt));
    expect(took).toBeLessThan(2_000);
    expect(heard.flat()).toEqual(expect.arrayContaining(['article:41', 'articles']));
    expect(b.invalidatedSince(['article:42'], renderedAt)).toBe(false);
  });

  it('what one instance stores the other reads, and it expires', async () => {
    await a.setBytes('page:/finance', Buffer.from('<h1>Finance</h1>'), 60_000);
    expect((await b.getBytes('page:/finance'))?.toString()).toBe('<h1>Finance</h1>');
    await a.setBytes('page:/short', Buffer.from('brief'), 50);
    await sleep(120);
    expect(await b.getBytes('page:/short')).toBeNull();
  });

  it('a new instance learns every earlier invalidation when it connects', async () => {
    const renderedAt = Date.now();
    await sleep(5);
    await a.invalidate(['sections']);
    const late = createSharedCache({ url: redis.url, prefix });
    try {
      expect(late.invalidatedSince(['sections'], renderedAt)).toBe(false);
      await until('the late instance is ready', 5_000, () => late.usable());
      expect(late.invalidatedSince(['sections'], renderedAt)).toBe(true);
    } finally {
      await late.close();
    }
  });

  it('with Redis stopped nothing is served or stored; invalidations made meanwhile reach the others when it returns', async () => {
    await a.setBytes('page:/world', Buffer.from('world'), 60_000);
    await redis.stop();
    await until('instance A notices', 5_000, () => !a.usable());
    await until('instance B notices', 5_000, () => !b.usable());
    expect(await a.getBytes('page:/world')).toBeNull();

    const renderedAt = Date.now();
    await sleep(5);
    await a.invalidate(['article:99']);
    expect(a.status().pending).toBeGreaterThan(0);
    expect(b.invalidatedSince(['article:99'], renderedAt)).toBe(false);

    await redis.start(); // empty: it kept nothing on disk
    await until('both instances are back', 10_000, () => a.usable() && b.usable());
    await until('instance B learns of the takedown made while Redis was away', 5_000, () => b.invalidatedSince(['article:99'], renderedAt));
    expect(a.status().pending).toBe(0);
    await b.setBytes('page:/world', Buffer.from('world again'), 60_000);
    expect((await a.getBytes('page:/world'))?.toString()).toBe('world again');
  });
});
