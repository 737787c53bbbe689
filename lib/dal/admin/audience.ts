import 'server-only';
import { getPool } from '@/db';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { daysEnding, dayIn, hourOf } from '@/lib/analytics/days';
import { estimate } from '@/lib/analytics/hyperloglog';
import type { DeviceClass } from '@/lib/domain';
import { siteTimeZone } from '@/lib/time/site-time';
import { FORBIDDEN, NOT_FOUND, ok, type AdminCode, type Result } from '../result';

export type DayCounts = { day: string; views: number; visitors: number; comments: number; newReaders: number };
export type StoryViews = { id: number; title: string; slug: string; section: string | null; views: number; comments: number };
export type Share = { label: string; views: number };
export type AudienceReport = {
  timeZone: string;
  days: DayCounts[];
  topDay: StoryViews[];
  topWeek: StoryViews[];
  mostDiscussed: StoryViews[];
  sections: Share[];
  referrers: Share[];
  devices: Share[];
};
export type StoryAudience = { total: number; days: { day: string; views: number }[]; referrers: Share[]; devices: Share[] };

export const REPORT_DAYS = 30;
const DEVICE_LABELS: Record<DeviceClass, string> = { phone: 'Phone', tablet: 'Tablet', desktop: 'Desktop', unknown: 'Without JavaScript' };
const referrerLabel = (source: string) =>
  source === 'direct' ? 'Direct or unknown' : source === 'internal' ? 'Within NewsHub' : source === 'other' ? 'Other sites' : source;

/**
 * The newsroom's audience numbers, for editors and admins: the last 30 days day by day (views, unique
 * visitors estimated from the day's sketch, published comments, new reader accounts), the most read
 * stories of the last 24 hours and 7 days, the most discussed of the week, and where the week's views
 * came from. Days are the site's days.
 */
export async function audienceReport(actor: Actor | null, now = new Date()): Promise<Result<AudienceReport, AdminCode>> {
  if (!authorize(actor, 'editor')) return FORBIDDEN;
  const pool = await getPool();
  const tz = siteTimeZone();
  const days = daysEnding(dayIn(now, tz), REPORT_DAYS);
  const from = days[0]!;
  // Windows of whole hours (on the site's clock, as counts are kept), counted from the hour `now` falls
  // in (worked out here, not in the database session's time zone).
  const hour = hourOf(now, tz);
  const week = `$1::timestamptz - interval '167 hours'`;
  const dayAgo = `$1::timestamptz - interval '23 hours'`;

  const perDay = (sql: string) => pool.query<{ day: string; n: number }>(sql, [from, tz]);
  const [views, visitors, comments, readers, topDay, topWeek, discussed, sections, referrers, devices] = await Promise.all([
    perDay(
      `select to_char(hour at time zone $2, 'YYYY-MM-DD') as day, sum(views)::int as n from page_views
        where hour >= ($1::date::timestamp at time zone $2) group by 1`,
    ),
    pool.query<{ day: string; sketch: Buffer }>(`select to_char(day, 'YYYY-MM-DD') as day, sketch from daily_visitors where day >= $1::date`, [from]),
    perDay(
      `select to_char(created_at at time zone $2, 'YYYY-MM-DD') as day, count(*)::int as n from comments
        where status = 'published' and created_at >= ($1::date::timestamp at time zone $2) group by 1`,
    ),
    perDay(
      `select to_char(created_at at time zone $2, 'YYYY-MM-DD') as day, count(*)::int as n from users
        where role = 'reader' and created_at >= ($1::date::timestamp at time zone $2) group by 1`,
    ),
    topStories(pool, dayAgo, hour),
    topStories(pool, week, hour),
    pool.query<StoryViews>(
      `select a.id, a.title, a.slug, s.name as section, count(*)::int as comments,
              coalesce((select sum(v.views)::int from page_views v where v.article_id = a.id and v.hour >= ${week}), 0) as views
         from comments c join articles a on a.id = c.article_id left join sections s on s.id = a.section_id
        where c.status = 'published' and a.status = 'published' and c.created_at >= $1::timestamptz - interval '7 days'
        group by a.id, s.name order by comments desc, a.published_at desc limit 10`,
      [hour],
    ),
    pool.query<Share>(
      `select s.name as label, sum(v.views)::int as views from page_views v join sections s on s.id = v.section_id
        where v.hour >= ${week} group by s.name order by views desc, s.name`,
      [hour],
    ),
    pool.query<Share>(
      `select v.referrer as label, sum(v.views)::int as views from page_views v
        where v.hour >= ${week} group by v.referrer order by views desc, v.referrer limit 20`,
      [hour],
    ),
    pool.query<Share>(
      `select v.device as label, sum(v.views)::int as views from page_views v
        where v.hour >= ${week} group by v.device order by views desc, v.device`,
      [hour],
    ),
  ]);

  const byDay = (rows: { day: string; n: number }[]) => new Map(rows.map((r) => [r.day, r.n]));
  const viewsByDay = byDay(views.rows);
  const commentsByDay = byDay(comments.rows);
  const readersByDay = byDay(readers.rows);
  const visitorsByDay = new Map(visitors.rows.map((r) => [r.day, estimate(r.sketch)]));
  return ok({
    timeZone: tz,
    days: days.map((day) => ({
      day,
      views: viewsByDay.get(day) ?? 0,
      visitors: visitorsByDay.get(day) ?? 0,
      comments: commentsByDay.get(day) ?? 0,
      newReaders: readersByDay.get(day) ?? 0,
    })),
    topDay,
    topWeek,
    mostDiscussed: discussed.rows,
    sections: sections.rows,
    referrers: referrers.rows.map((r) => ({ label: referrerLabel(r.label), views: r.views })),
    devices: devices.rows.map((r) => ({ label: DEVICE_LABELS[r.label as DeviceClass] ?? r.label, views: r.views })),
  });
}

async function topStories(pool: Awaited<ReturnType<typeof getPool>>, since: string, hour: Date): Promise<StoryViews[]> {
  const { rows } = await pool.query<StoryViews>(
    `select a.id, a.title, a.slug, s.name as section, v.views,
            (select count(*)::int from comments c where c.article_id = a.id and c.status = 'published') as comments
       from (select article_id, sum(views)::int as views from page_views
              where article_id is not null and hour >= ${since} group by article_id) v
       join articles a on a.id = v.article_id left join sections s on s.id = a.section_id
      where a.status = 'published'
      order by v.views desc, a.published_at desc limit 10`,
    [hour],
  );
  return rows;
}

/**
 * One story's numbers for its edit page: all-time views, the last 14 days, and the week's sources.
 * Editors and admins for every story; a writer for their own.
 */
export async function storyAudience(actor: Actor | null, articleId: number, now = new Date()): Promise<Result<StoryAudience, AdminCode>> {
  if (!authorize(actor, 'writer')) return FORBIDDEN;
  if (!Number.isSafeInteger(articleId) || articleId <= 0) return NOT_FOUND;
  const pool = await getPool();
  if (!authorize(actor, 'editor')) {
    const { rows: owner } = await pool.query<{ author_id: string | null }>('select author_id from articles where id = $1', [articleId]);
    if (owner[0]?.author_id !== actor!.id) return FORBIDDEN;
  }
  const tz = siteTimeZone();
  const days = daysEnding(dayIn(now, tz), 14);
  const week = `$2::timestamptz - interval '167 hours'`;
  const [total, perDay, referrers, devices] = await Promise.all([
    pool.query<{ n: number }>('select coalesce(sum(views), 0)::int as n from page_views where article_id = $1', [articleId]),
    pool.query<{ day: string; n: number }>(
      `select to_char(hour at time zone $3, 'YYYY-MM-DD') as day, sum(views)::int as n from page_views
        where article_id = $1 and hour >= ($2::date::timestamp at time zone $3) group by 1`,
      [articleId, days[0], tz],
    ),
    pool.query<Share>(
      `select referrer as label, sum(views)::int as views from page_views where article_id = $1 and hour >= ${week}
        group by referrer order by views desc, referrer limit 8`,
      [articleId, hourOf(now, tz)],
    ),
    pool.query<Share>(
      `select device as label, sum(views)::int as views from page_views where article_id = $1 and hour >= ${week}
        group by device order by views desc, device`,
      [articleId, hourOf(now, tz)],
    ),
  ]);
  const counted = new Map(perDay.rows.map((r) => [r.day, r.n]));
  return ok({
    total: total.rows[0]?.n ?? 0,
    days: days.map((day) => ({ day, views: counted.get(day) ?? 0 })),
    referrers: referrers.rows.map((r) => ({ label: referrerLabel(r.label), views: r.views })),
    devices: devices.rows.map((r) => ({ label: DEVICE_LABELS[r.label as DeviceClass] ?? r.label, views: r.views })),
  });
}
