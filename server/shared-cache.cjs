// @ts-check
/**
 * What the instances of one site share, for both cache handlers (page-cache-handler.cjs and
 * data-cache-handler.cjs): when each cache tag was last invalidated, and (with REDIS_URL) a byte store
 * that every instance reads and writes.
 *
 * Without REDIS_URL everything stays in this process: the single-instance default, nothing to set up.
 *
 * With REDIS_URL:
 * - An invalidation is written to a Redis hash (tag → time) and published on a channel; every instance
 *   subscribes and learns of it within milliseconds. On every (re)connection an instance reloads the
 *   whole hash, so a message missed while disconnected is not lost.
 * - Invalidations made while Redis cannot be reached are kept and written when it returns.
 * - While Redis is unreachable, or the tag times may be out of date, `usable()` is false and the
 *   handlers neither serve nor store anything: pages are rendered from the database (slower, never
 *   stale) until the connection is back and the tag times are reloaded.
 *
 * Times are milliseconds since the epoch from each instance's clock: instances on separate machines
 * need synchronised clocks (NTP), as Next.js's own tag handling assumes.
 */
// CommonJS and a process-wide singleton: Next.js loads the page handler inside its bundles and the data
// handler through Node, and both must see one connection and one table of tag times.

/** A Redis that takes longer than this is treated as down for the request (pages render from the database). */
const COMMAND_TIMEOUT_MS = 300;
/** After a failed command, Redis is left alone this long before it is trusted again (after a reload of the tag times). */
const BACK_OFF_MS = 2_000;

/**
 * @typedef {{
 *   shared: boolean;
 *   usable: () => boolean;
 *   invalidatedSince: (tags: Iterable<string>, since: number) => boolean;
 *   invalidate: (tags: string[]) => Promise<void>;
 *   onInvalidate: (listener: (tags: string[]) => void) => void;
 *   getBytes: (key: string) => Promise<Buffer | null>;
 *   setBytes: (key: string, bytes: Buffer, ttlMs: number) => Promise<void>;
 *   status: () => { shared: boolean; usable: boolean; tags: number; pending: number };
 *   close: () => Promise<void>;
 * }} SharedCache
 */

/**
 * @param {{ url?: string; prefix?: string }} [options] Redis to use (none: this process only) and the prefix of
 *   every key and channel name, so that several sites (or test runs) can share one Redis.
 * @returns {SharedCache}
 */
function createSharedCache({ url = process.env.REDIS_URL, prefix = process.env.REDIS_KEY_PREFIX || 'newshub:' } = {}) {
  const TAG_TIMES = `${prefix}tag-times`;
  const CHANNEL = `${prefix}tag-invalidations`;
  // Cached pages and data belong to one build (a page refers to that build's scripts); tag times do not,
  // so that old and new instances of a rolling deploy hear each other's invalidations.
  const ENTRIES = `${prefix}${buildId()}:`;
  /** @type {Map<string, number>} */
  const tagTimes = new Map();
  /** @type {((tags: string[]) => void)[]} */
  const listeners = [];
  /** @param {string} tag @param {number} at */
  const record = (tag, at) => {
    if ((tagTimes.get(tag) ?? 0) < at) tagTimes.set(tag, at);
  };
  const invalidatedSince = (/** @type {Iterable<string>} */ tags, /** @type {number} */ since) => {
    for (const tag of tags) if ((tagTimes.get(tag) ?? 0) >= since) return true;
    return false;
  };
  const tell = (/** @type {string[]} */ tags) => {
    for (const listener of listeners) listener(tags);
  };

  if (!url) {
    return {
      shared: false,
      usable: () => true,
      invalidatedSince,
      async invalidate(tags) {
        const at = Date.now();
        for (const tag of tags) record(tag, at);
        tell(tags);
      },
      onInvalidate: (listener) => void listeners.push(listener),
      getBytes: async () => null,
      setBytes: async () => {},
      status: () => ({ shared: false, usable: true, tags: tagTimes.size, pending: 0 }),
      close: async () => {},
    };
  }

  const { Redis } = require('ioredis');
  const options = {
    // Fail at once while disconnected rather than queue: a page must not wait for Redis to come back.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    retryStrategy: (/** @type {number} */ attempt) => Math.min(200 * attempt, 2_000),
  };
  const commands = new Redis(url, options);
  const subscriber = new Redis(url, { ...options, commandTimeout: undefined });
  /** Invalidations not yet written to Redis (tag → time). */
  /** @type {Map<string, number>} */
  const pending = new Map();
  let synced = false;
  let syncing = false;
  let trustedAfter = 0;

  // ioredis reports connection errors through these events too; the state below is what matters.
  commands.on('error', () => {});
  subscriber.on('error', () => {});
  const lose = () => {
    synced = false;
  };
  commands.on('close', lose);
  subscriber.on('close', lose);
  commands.on('ready', () => void sync());
  subscriber.on('ready', () => void sync());
  subscriber.on('message', (/** @type {string} */ channel, /** @type {string} */ message) => {
    if (channel !== CHANNEL) return;
    try {
      const { at, tags } = JSON.parse(message);
      if (typeof at !== 'number' || !Array.isArray(tags)) return;
      for (const tag of tags) if (typeof tag === 'string') record(tag, at);
      tell(tags.filter((tag) => typeof tag === 'string'));
    } catch {
      // not ours
    }
  });

  /** Subscribes, writes what was invalidated while away, and reloads every tag time. */
  async function sync() {
    if (syncing || commands.status !== 'ready' || subscriber.status !== 'ready') return;
    syncing = true;
    try {
      await subscriber.subscribe(CHANNEL);
      if (pending.size > 0) {
        const owed = new Map(pending);
        await publish(owed);
        for (const [tag, at] of owed) if (pending.get(tag) === at) pending.delete(tag);
      }
      const all = await commands.hgetall(TAG_TIMES);
      for (const [tag, at] of Object.entries(all)) record(tag, Number(at));
      synced = true;
      trustedAfter = 0;
    } catch {
      synced = false;
      setTimeout(() => void sync(), BACK_OFF_MS).unref();
    } finally {
      syncing = false;
    }
  }

  /** @param {Map<string, number>} times */
  async function publish(times) {
    const flat = [...times].flatMap(([tag, at]) => [tag, String(at)]);
    const latest = Math.max(...times.values());
    await commands
      .multi()
      .hset(TAG_TIMES, ...flat)
      .publish(CHANNEL, JSON.stringify({ at: latest, tags: [...times.keys()] }))
      .exec();
  }

  /** A failed or slow command: stop trusting Redis for a while, then reload the tag times before using it again. */
  function distrust() {
    if (!synced) return;
    synced = false;
    trustedAfter = Date.now() + BACK_OFF_MS;
    setTimeout(() => void sync(), BACK_OFF_MS).unref();
  }

  const usable = () => synced && Date.now() >= trustedAfter;

  return {
    shared: true,
    usable,
    invalidatedSince,
    async invalidate(tags) {
      if (tags.length === 0) return;
      const at = Date.now();
      const times = new Map(tags.map((tag) => [tag, at]));
      for (const tag of tags) record(tag, at);
      tell(tags);
      try {
        if (commands.status !== 'ready') throw new Error('Redis is not connected');
        await publish(times);
      } catch {
        // Written when Redis is back; until then no instance serves from the cache it cannot check.
        for (const [tag, time] of times) pending.set(tag, Math.max(pending.get(tag) ?? 0, time));
        distrust();
      }
    },
    onInvalidate: (listener) => void listeners.push(listener),
    async getBytes(key) {
      if (!usable()) return null;
      try {
        return await commands.getBuffer(ENTRIES + key);
      } catch {
        distrust();
        return null;
      }
    },
    async setBytes(key, bytes, ttlMs) {
      if (!usable() || ttlMs <= 0) return;
      try {
        await commands.set(ENTRIES + key, bytes, 'PX', Math.ceil(ttlMs));
      } catch {
        distrust();
      }
    },
    status: () => ({ shared: true, usable: usable(), tags: tagTimes.size, pending: pending.size }),
    async close() {
      commands.disconnect();
      subscriber.disconnect();
    },
  };
}

function buildId() {
  try {
    return require('node:fs')
      .readFileSync(require('node:path').join(process.cwd(), '.next', 'BUILD_ID'), 'utf8')
      .trim();
  } catch {
    return 'development';
  }
}

/** The process's shared cache, created on first use. */
function sharedCache() {
  const holder = /** @type {{ __newshubSharedCache?: SharedCache }} */ (globalThis);
  holder.__newshubSharedCache ??= createSharedCache();
  return holder.__newshubSharedCache;
}

module.exports = { sharedCache, createSharedCache };
