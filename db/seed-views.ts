/**
 * Demo readership for the newsroom's audience numbers: each demo story read from its publication on,
 * most on its first day and less each day after, more by day than by night, from phones more than
 * desktops, found through search, social sites and the front page. Deterministic (derived from the
 * slugs), so every fresh demo shows the same picture. Only a fresh demo database gets it.
 */
import { createHash } from 'node:crypto';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { sql } from 'drizzle-orm';
import type * as schema from './schema';
import { addHash, emptySketch } from '../lib/analytics/hyperloglog';
import { dayIn } from '../lib/analytics/days';

type Db = NodePgDatabase<typeof schema>;
export type ReadStory = { id: number; slug: string; sectionId: number; publishedAt: Date; featured: boolean };

const HOUR = 3_600_000;
const DAYS = 30;
const DEVICES = [
  ['phone', 0.61],
  ['desktop', 0.31],
  ['tablet', 0.08],
] as const;
const SOURCES = [
  ['direct', 0.3],
  ['internal', 0.34],
  ['google.com', 0.2],
  ['news.google.com', 0.07],
  ['t.co', 0.05],
  ['bsky.app', 0.04],
] as const;

/** A stable number in [0, 1) from a text. */
const unit = (text: string) => createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;

/** Readers by the hour of the day (UTC): few at night, peaks at breakfast, lunch and evening. */
const DAYLIGHT = [0.2, 0.15, 0.1, 0.1, 0.15, 0.3, 0.6, 1.0, 1.3, 1.2, 1.0, 1.0, 1.3, 1.2, 1.0, 0.9, 0.9, 1.0, 1.2, 1.4, 1.3, 1.0, 0.7, 0.4];

export async function seedDemoViews(tx: Db, stories: ReadStory[], now: Date, timeZone: string): Promise<void> {
  const recentStart = Math.floor(now.getTime() / HOUR) * HOUR - 23 * HOUR;
  const firstHour = recentStart - (DAYS - 1) * 24 * HOUR;
  // Buckets: four-hour ones for the last day (so "last 24 hours" is true), one a day before that.
  const bucketOf = (hour: number) =>
    hour >= recentStart ? recentStart + Math.floor((hour - recentStart) / (4 * HOUR)) * 4 * HOUR : Math.floor(hour / (24 * HOUR)) * 24 * HOUR + 12 * HOUR;

  const counts = new Map<string, number>(); // `${bucket}|${articleId}|${sectionId}`
  const perDay = new Map<string, number>();
  for (const story of stories) {
    const pull = (story.featured ? 2.2 : 1) * (0.35 + 1.6 * unit(story.slug)) * 120;
    const start = Math.max(firstHour, Math.ceil(story.publishedAt.getTime() / HOUR) * HOUR);
    for (let hour = start; hour <= now.getTime(); hour += HOUR) {
      const age = (hour - story.publishedAt.getTime()) / HOUR;
      const views = Math.round(pull * (Math.exp(-age / 30) + 0.02) * DAYLIGHT[new Date(hour).getUTCHours()]! * (0.8 + 0.4 * unit(`${story.slug}${hour}`)));
      if (views <= 0) continue;
      const key = `${bucketOf(hour)}|${story.id}|${story.sectionId}`;
      counts.set(key, (counts.get(key) ?? 0) + views);
      const day = dayIn(new Date(hour), timeZone);
      perDay.set(day, (perDay.get(day) ?? 0) + views);
    }
  }

  const rows = {
    hour: [] as string[],
    page: [] as string[],
    article: [] as (number | null)[],
    section: [] as (number | null)[],
    referrer: [] as string[],
    device: [] as string[],
    views: [] as number[],
  };
  const push = (bucket: number, page: string, article: number | null, section: number | null, total: number) => {
    for (const [device, deviceShare] of DEVICES)
      for (const [source, sourceShare] of SOURCES) {
        const views = Math.round(total * deviceShare * sourceShare);
        if (views <= 0) continue;
        rows.hour.push(new Date(bucket).toISOString());
        rows.page.push(page);
        rows.article.push(article);
        rows.section.push(section);
        rows.referrer.push(page === 'home' && source === 'internal' ? 'direct' : source);
        rows.device.push(device);
        rows.views.push(views);
      }
  };
  const homeByBucket = new Map<number, number>();
  for (const [key, total] of counts) {
    const [bucket, article, section] = key.split('|').map(Number) as [number, number, number];
    push(bucket, 'article', article, section, total);
    homeByBucket.set(bucket, (homeByBucket.get(bucket) ?? 0) + Math.round(total * 0.35));
  }
  for (const [bucket, total] of homeByBucket) push(bucket, 'home', null, null, total);
  if (rows.views.length === 0) return;

  await tx.execute(sql`
    insert into page_views (hour, page, article_id, section_id, referrer, device, views)
    select hour, page, article_id, section_id, referrer, device, sum(views)::int
      from unnest(${sql.param(rows.hour)}::timestamptz[], ${sql.param(rows.page)}::text[], ${sql.param(rows.article)}::int[], ${sql.param(rows.section)}::int[], ${sql.param(rows.referrer)}::text[], ${sql.param(rows.device)}::text[], ${sql.param(rows.views)}::int[])
        as v(hour, page, article_id, section_id, referrer, device, views)
     group by 1, 2, 3, 4, 5, 6
    on conflict on constraint page_views_key do update set views = page_views.views + excluded.views`);

  // About three views per visitor a day.
  for (const [day, views] of perDay) {
    const sketch = emptySketch();
    const visitors = Math.round((views * 1.35) / 3);
    for (let i = 0; i < visitors; i++) addHash(sketch, createHash('sha256').update(`demo visitor ${day} ${i}`).digest());
    await tx.execute(sql`insert into daily_visitors (day, sketch) values (${day}, ${Buffer.from(sketch)}) on conflict (day) do nothing`);
  }
}
