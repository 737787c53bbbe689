import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { isbot } from 'isbot';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Pool } from 'pg';
import { getPool } from '@/db';
import { env } from '@/lib/env';
import { siteTimeZone } from '@/lib/time/site-time';
import { dayEndsAt } from '@/lib/time/format';
import { deviceClass, optedOut, referrerSource, viewTarget } from '@/lib/analytics/classify';
import { dayIn, hourOf } from '@/lib/analytics/days';
import { emptySketch, mergeInto } from '@/lib/analytics/hyperloglog';
import { ViewBuffer, type Drained } from '@/lib/analytics/view-buffer';

/** What the reader's browser sends: the page's path, where the reader came from, the viewport's width. */
export type Beacon = { path: unknown; referrer?: unknown; width?: unknown };
export type ViewRequest = { headers: Headers; address: string; siteHosts: readonly string[]; now?: Date };
export type ViewOutcome = 'counted' | 'opted-out' | 'bot' | 'not-a-page' | 'too-many' | 'full';

export const FLUSH_MS = 5_000;
/**
 * Views per minute from one visitor hash (address and browser) beyond which a script, not readers, is
 * at work. Generous: an office or a mobile carrier puts many readers with the same browser behind one
 * address. An address alone, whatever browsers it claims, gets four times as many.
 */
export const VIEWS_PER_MINUTE = 300;
export const VIEWS_PER_MINUTE_PER_ADDRESS = 4 * VIEWS_PER_MINUTE;
/** How long the list of published stories and sections is trusted before it is read again. */
const KNOWN_PAGES_MS = 30_000;

type State = {
  buffer: ViewBuffer;
  salts: Map<string, Promise<Buffer>>;
  recent: LRUCache<string, { minute: number; views: number }>;
  known?: { at: number; slugs: Promise<{ articles: Set<string>; sections: Set<string> }> };
  redis?: Redis | null;
  flusher?: ReturnType<typeof setInterval>;
  flushing?: Promise<void>;
};
const holder = globalThis as { __newshubViews?: State };
const state: State = (holder.__newshubViews ??= {
  buffer: new ViewBuffer(),
  salts: new Map(),
  recent: new LRUCache({ max: 100_000, ttl: 120_000 }),
});

function redis(): Redis | null {
  if (state.redis === undefined) {
    state.redis = env.REDIS_URL
      ? new Redis(env.REDIS_URL, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1_000 })
      : null;
    state.redis?.on('error', () => {}); // a Redis away: this instance falls back to a salt of its own
  }
  return state.redis;
}

/**
 * The day's salt for visitor hashes. It never touches the database: with several instances it is shared
 * through Redis (REDIS_URL), set by whichever instance needs it first and expiring when its day is over;
 * otherwise (or while Redis is away) each process makes its own and forgets it at the end of the day, so
 * no stored sketch can be tested against an address afterwards.
 */
function daySalt(day: string, now: Date): Promise<Buffer> {
  let salt = state.salts.get(day);
  if (!salt) {
    for (const old of state.salts.keys()) if (old < day) state.salts.delete(old);
    salt = (async () => {
      const mine = randomBytes(32);
      const shared = redis();
      if (!shared) return mine;
      try {
        if (shared.status === 'wait') await shared.connect();
        const key = `${env.REDIS_KEY_PREFIX ?? 'newshub:'}visitor-salt:${day}`;
        const seconds = Math.max(60, Math.ceil((dayEndsAt(now, siteTimeZone()) + 2 * 3_600_000 - now.getTime()) / 1000));
        await shared.set(key, mine.toString('base64'), 'EX', seconds, 'NX');
        const stored = await shared.get(key);
        return stored ? Buffer.from(stored, 'base64') : mine;
      } catch {
        return mine;
      }
    })();
    state.salts.set(day, salt);
  }
  return salt;
}

/** Published stories' and sections' slugs, read at most every 30 s: views of these have room in the buffer. */
function knownPages(): Promise<{ articles: Set<string>; sections: Set<string> }> {
  if (!state.known || Date.now() - state.known.at > KNOWN_PAGES_MS) {
    const slugs = (async () => {
      const pool = await getPool();
      const { rows } = await pool.query<{ kind: string; slug: string }>(
        `select 'a' as kind, slug from articles where status = 'published' union all select 's' as kind, slug from sections`,
      );
      return {
        articles: new Set(rows.filter((r) => r.kind === 'a').map((r) => r.slug)),
        sections: new Set(rows.filter((r) => r.kind === 's').map((r) => r.slug)),
      };
    })();
    const previous = state.known;
    state.known = { at: Date.now(), slugs };
    // While the first read is out (or if it fails), the last good list still answers.
    slugs.catch(() => {
      state.known = previous;
    });
  }
  return state.known.slugs;
}

function overLimit(key: string, minute: number, limit: number): boolean {
  const recent = state.recent.get(key);
  const views = recent && recent.minute === minute ? recent.views + 1 : 1;
  state.recent.set(key, { minute, views });
  return views > limit;
}

/**
 * Counts one page view, or says why not. The address and user agent are used here only, to recognise
 * a returning visitor within the day (a hash with the day's salt, kept as sketch registers) and bots;
 * neither is stored. Staff are left out by the caller, which knows who is signed in.
 */
export async function countView(beacon: Beacon, request: ViewRequest): Promise<ViewOutcome> {
  if (optedOut(request.headers)) return 'opted-out';
  const agent = request.headers.get('user-agent') ?? '';
  if (agent === '' || isbot(agent)) return 'bot';
  const target = viewTarget(beacon.path);
  if (!target) return 'not-a-page';
  const now = request.now ?? new Date();
  const day = dayIn(now, siteTimeZone());
  const [salt, known] = await Promise.all([daySalt(day, now), knownPages().catch(() => null)]);
  const hash = createHash('sha256').update(salt).update(request.address).update('\0').update(agent).digest();

  const minute = Math.floor(now.getTime() / 60_000);
  if (overLimit(`a:${request.address}`, minute, VIEWS_PER_MINUTE_PER_ADDRESS) || overLimit(`v:${hash.toString('base64', 0, 12)}`, minute, VIEWS_PER_MINUTE))
    return 'too-many';

  // A story or section not in the list may be brand new (or made up): such views share a small allowance.
  const verified = target.slug === null || (known !== null && (target.page === 'article' ? known.articles.has(target.slug) : known.sections.has(target.slug)));
  const added = state.buffer.add(
    {
      hour: hourOf(now, siteTimeZone()),
      page: target.page,
      slug: target.slug,
      referrer: referrerSource(beacon.referrer, request.siteHosts),
      device: deviceClass(beacon.width),
    },
    { day, hash },
    verified,
  );
  startViewFlusher();
  return added ? 'counted' : 'full';
}

/**
 * Writes a batch in one transaction: one statement for all the counters (stories and sections checked
 * against the database in the same statement, so views of unknown or unpublished pages are dropped
 * there; rows in key order, so instances writing at once wait for each other rather than deadlock), and
 * the visitor sketch of each day merged into the stored one. All of it is written, or none.
 */
export async function writeViews(pool: Pool, drained: Drained): Promise<void> {
  const { rows, sketches } = drained;
  if (rows.length === 0 && sketches.size === 0) return;
  const client = await pool.connect();
  try {
    await client.query('begin');
    if (rows.length > 0)
      await client.query(
        `insert into page_views (hour, page, article_id, section_id, referrer, device, views)
         select v.hour, v.page, a.id, coalesce(a.section_id, s.id), v.referrer, v.device, sum(v.views)::int
           from unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[]) as v(hour, page, slug, referrer, device, views)
           left join articles a on v.page = 'article' and a.slug = v.slug and a.status = 'published'
           left join sections s on v.page = 'section' and s.slug = v.slug
          where (v.page = 'article' and a.id is not null) or (v.page = 'section' and s.id is not null) or v.page not in ('article', 'section')
          group by 1, 2, 3, 4, 5, 6
          order by 1, 2, 3, 4, 5, 6
         on conflict on constraint page_views_key do update set views = page_views.views + excluded.views`,
        [
          rows.map((r) => r.hour.toISOString()),
          rows.map((r) => r.page),
          rows.map((r) => r.slug),
          rows.map((r) => r.referrer),
          rows.map((r) => r.device),
          rows.map((r) => r.views),
        ],
      );
    for (const [day, sketch] of [...sketches].sort(([a], [b]) => a.localeCompare(b))) {
      const inserted = await client.query('insert into daily_visitors (day, sketch) values ($1, $2) on conflict (day) do nothing', [day, Buffer.from(sketch)]);
      if (inserted.rowCount !== 0) continue;
      const { rows: found } = await client.query<{ sketch: Buffer }>('select sketch from daily_visitors where day = $1 for update', [day]);
      const merged = emptySketch();
      // A stored sketch of another size (written by another version) is replaced rather than merged.
      if (found[0]?.sketch.length === merged.length) mergeInto(merged, found[0].sketch);
      mergeInto(merged, sketch);
      await client.query('update daily_visitors set sketch = $2, updated_at = now() where day = $1', [day, Buffer.from(merged)]);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

async function flushOnce(): Promise<void> {
  const drained = state.buffer.drain();
  if (drained.dropped > 0) console.error(`[views] ${drained.dropped} views not counted: too many distinct pages between writes`);
  try {
    await writeViews(await getPool(), drained);
  } catch (error) {
    // Nothing of the batch was written (one transaction): it goes with the next flush.
    state.buffer.restore(drained);
    console.error(`[views] counts not written yet (kept for the next try): ${error instanceof Error ? error.message : error}`);
  }
}

/** Writes what this process has counted up to now: a flush already running is followed by another. */
export function flushViews(): Promise<void> {
  const next = (state.flushing ?? Promise.resolve()).then(flushOnce);
  state.flushing = next;
  void next.finally(() => {
    if (state.flushing === next) state.flushing = undefined;
  });
  return next;
}

/** Flushes every few seconds while the process runs, and when it stops (see server/http-server.mjs). */
export function startViewFlusher(): void {
  if (state.flusher) return;
  state.flusher = setInterval(() => {
    const today = dayIn(new Date(), siteTimeZone());
    for (const day of state.salts.keys()) if (day < today) state.salts.delete(day);
    if (state.buffer.size > 0) void flushViews();
  }, FLUSH_MS);
  state.flusher.unref?.();
  const hooks = ((globalThis as { __newshubBeforeExit?: (() => Promise<void>)[] }).__newshubBeforeExit ??= []);
  hooks.push(() => flushViews());
}
