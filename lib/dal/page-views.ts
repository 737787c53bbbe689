import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { isbot } from 'isbot';
import { LRUCache } from 'lru-cache';
import type { Pool } from 'pg';
import { getPool } from '@/db';
import { siteTimeZone } from '@/lib/time/site-time';
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
 * address.
 */
export const VIEWS_PER_MINUTE = 300;

type State = {
  buffer: ViewBuffer;
  salts: Map<string, Promise<Buffer>>;
  recent: LRUCache<string, { minute: number; views: number }>;
  flusher?: ReturnType<typeof setInterval>;
  flushing?: Promise<void>;
  prunedSaltsBefore?: string;
};
const holder = globalThis as { __newshubViews?: State };
const state: State = (holder.__newshubViews ??= {
  buffer: new ViewBuffer(),
  salts: new Map(),
  recent: new LRUCache({ max: 100_000, ttl: 120_000 }),
});

/** The day's salt, made by whichever instance needs it first and shared through the database. */
function daySalt(pool: Pool, day: string): Promise<Buffer> {
  let salt = state.salts.get(day);
  if (!salt) {
    salt = (async () => {
      await pool.query('insert into visitor_salts (day, salt) values ($1, $2) on conflict (day) do nothing', [day, randomBytes(32)]);
      const { rows } = await pool.query<{ salt: Buffer }>('select salt from visitor_salts where day = $1', [day]);
      if (!rows[0]) throw new Error(`No visitor salt for ${day}`);
      return rows[0].salt;
    })();
    salt.catch(() => state.salts.delete(day));
    for (const old of state.salts.keys()) if (old < day) state.salts.delete(old);
    state.salts.set(day, salt);
  }
  return salt;
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
  const salt = await daySalt(await getPool(), day);
  const hash = createHash('sha256').update(salt).update(request.address).update('\0').update(agent).digest();

  const minute = Math.floor(now.getTime() / 60_000);
  const key = hash.toString('base64', 0, 12);
  const recent = state.recent.get(key);
  const views = recent && recent.minute === minute ? recent.views + 1 : 1;
  state.recent.set(key, { minute, views });
  if (views > VIEWS_PER_MINUTE) return 'too-many';

  const added = state.buffer.add(
    {
      hour: hourOf(now),
      page: target.page,
      slug: target.slug,
      referrer: referrerSource(beacon.referrer, request.siteHosts),
      device: deviceClass(beacon.width),
    },
    { day, hash },
  );
  startViewFlusher();
  return added ? 'counted' : 'full';
}

/**
 * Writes a batch: one statement for all the counters (stories and sections checked against the
 * database in the same statement, so views of unknown or unpublished pages are dropped there), and one
 * short transaction per day for the visitor sketch.
 */
export async function writeViews(pool: Pool, drained: Drained): Promise<void> {
  const { rows, sketches } = drained;
  if (rows.length > 0) {
    await pool.query(
      `insert into page_views (hour, page, article_id, section_id, referrer, device, views)
       select v.hour, v.page, a.id, coalesce(a.section_id, s.id), v.referrer, v.device, sum(v.views)::int
         from unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[]) as v(hour, page, slug, referrer, device, views)
         left join articles a on v.page = 'article' and a.slug = v.slug and a.status = 'published'
         left join sections s on v.page = 'section' and s.slug = v.slug
        where (v.page = 'article' and a.id is not null) or (v.page = 'section' and s.id is not null) or v.page not in ('article', 'section')
        group by 1, 2, 3, 4, 5, 6
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
  }
  for (const [day, sketch] of sketches) {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const inserted = await client.query('insert into daily_visitors (day, sketch) values ($1, $2) on conflict (day) do nothing', [day, Buffer.from(sketch)]);
      if (inserted.rowCount === 0) {
        const { rows: found } = await client.query<{ sketch: Buffer }>('select sketch from daily_visitors where day = $1 for update', [day]);
        const merged = emptySketch();
        mergeInto(merged, found[0]!.sketch);
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
}

/** Writes what this process has counted; on failure it keeps it for the next try. */
export function flushViews(): Promise<void> {
  state.flushing ??= (async () => {
    const drained = state.buffer.drain();
    if (drained.dropped > 0) console.error(`[views] ${drained.dropped} views not counted: too many distinct pages between writes`);
    try {
      const pool = await getPool();
      await writeViews(pool, drained);
      const today = dayIn(new Date(), siteTimeZone());
      if (state.prunedSaltsBefore !== today) {
        // Yesterday's salt is gone once its day is over: its hashes can no longer be recomputed.
        await pool.query('delete from visitor_salts where day < $1', [today]);
        state.prunedSaltsBefore = today;
      }
    } catch (error) {
      state.buffer.restore(drained);
      console.error(`[views] counts not written yet (kept for the next try): ${error instanceof Error ? error.message : error}`);
    }
  })().finally(() => {
    state.flushing = undefined;
  });
  return state.flushing;
}

/** Flushes every few seconds while the process runs, and once more when it stops (see server/http-server.mjs). */
export function startViewFlusher(): void {
  if (state.flusher) return;
  state.flusher = setInterval(() => {
    if (state.buffer.size > 0) void flushViews();
  }, FLUSH_MS);
  state.flusher.unref?.();
  const hooks = ((globalThis as { __newshubBeforeExit?: (() => Promise<void>)[] }).__newshubBeforeExit ??= []);
  hooks.push(() => (state.buffer.size > 0 ? flushViews() : Promise.resolve()));
}
