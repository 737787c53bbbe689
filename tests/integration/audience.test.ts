import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createArticle, createComment, createUser, currentUserFor, getDb, schema, unique } from '../support/db';
import { countView, flushViews, writeViews, VIEWS_PER_MINUTE } from '@/lib/dal/page-views';
import { audienceReport, storyAudience } from '@/lib/dal/admin/audience';
import { getMostRead } from '@/lib/dal/most-read';
import { ViewBuffer } from '@/lib/analytics/view-buffer';
import { hourOf } from '@/lib/analytics/days';
import { reportTable } from '@/lib/analytics/report-tables';
import { getPool } from '@/db';

const BROWSER = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const SITE = ['localhost'];

const request = (address: string, headers: Record<string, string> = {}) => ({
  headers: new Headers({ 'user-agent': `${BROWSER} ${address}`, ...headers }),
  address,
  siteHosts: SITE,
});

async function viewsOf(articleId: number) {
  const db = await getDb();
  const rows = await db
    .select({ device: schema.pageViews.device, referrer: schema.pageViews.referrer, views: sql<number>`sum(${schema.pageViews.views})::int` })
    .from(schema.pageViews)
    .where(eq(schema.pageViews.articleId, articleId))
    .groupBy(schema.pageViews.device, schema.pageViews.referrer);
  return rows;
}
const total = (rows: { views: number }[]) => rows.reduce((sum, r) => sum + r.views, 0);

describe('counting page views', () => {
  it('counts 10,000 beacons exactly, by device and source, in a handful of writes', async () => {
    const article = await createArticle();
    const path = `/articles/${article.slug}`;
    const outcomes = await Promise.all(
      Array.from({ length: 10_000 }, (_, i) =>
        countView(
          { path, referrer: i % 4 === 0 ? 'https://www.google.com/search?q=x' : i % 4 === 1 ? 'http://localhost:3000/' : '', width: i % 2 ? 390 : 1280 },
          request(`198.51.${Math.floor(i / 250)}.${i % 250}`),
        ),
      ),
    );
    expect(outcomes.every((o) => o === 'counted')).toBe(true);
    await flushViews();
    const rows = await viewsOf(article.id);
    expect(total(rows)).toBe(10_000);
    const by = (key: 'device' | 'referrer', value: string) => total(rows.filter((r) => r[key] === value));
    expect([by('device', 'phone'), by('device', 'desktop')]).toEqual([5_000, 5_000]);
    expect([by('referrer', 'google.com'), by('referrer', 'internal'), by('referrer', 'direct')]).toEqual([2_500, 2_500, 5_000]);
    // 4 distinct (source, device) counters for this story in this hour: rows, not 10,000 inserts.
    expect(rows.length).toBe(4);
  });

  it('leaves out readers who opt out, bots, non-pages and a script reading page after page', async () => {
    const article = await createArticle();
    const path = `/articles/${article.slug}`;
    expect(await countView({ path }, request('203.0.113.1', { dnt: '1' }))).toBe('opted-out');
    expect(await countView({ path }, request('203.0.113.2', { 'sec-gpc': '1' }))).toBe('opted-out');
    expect(
      await countView({ path }, { ...request('203.0.113.3'), headers: new Headers({ 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' }) }),
    ).toBe('bot');
    expect(await countView({ path }, { ...request('203.0.113.4'), headers: new Headers() })).toBe('bot');
    expect(await countView({ path: '/admin/articles' }, request('203.0.113.5'))).toBe('not-a-page');
    const minute = new Date();
    const script = await Promise.all(Array.from({ length: VIEWS_PER_MINUTE + 20 }, () => countView({ path }, { ...request('203.0.113.6'), now: minute })));
    expect(script.filter((o) => o === 'counted')).toHaveLength(VIEWS_PER_MINUTE);
    expect(script.filter((o) => o === 'too-many')).toHaveLength(20);
    await flushViews();
    expect(total(await viewsOf(article.id))).toBe(VIEWS_PER_MINUTE);
  });

  it('drops views of stories that are not published or do not exist, and files a section front under its section', async () => {
    const draft = await createArticle({ status: 'draft', publishedAt: null });
    const db = await getDb();
    const [finance] = await db.select().from(schema.sections).where(eq(schema.sections.slug, 'finance'));
    const before = await db
      .select({ n: sql<number>`coalesce(sum(${schema.pageViews.views}), 0)::int` })
      .from(schema.pageViews)
      .where(sql`${schema.pageViews.page} = 'section' and ${schema.pageViews.sectionId} = ${finance!.id}`);
    expect(await countView({ path: `/articles/${draft.slug}` }, request('192.0.2.1'))).toBe('counted');
    expect(await countView({ path: `/articles/${unique('no-such-story')}` }, request('192.0.2.1'))).toBe('counted');
    expect(await countView({ path: '/finance' }, request('192.0.2.1'))).toBe('counted');
    expect(await countView({ path: '/no-such-section-here' }, request('192.0.2.1'))).toBe('counted');
    await flushViews();
    expect(await viewsOf(draft.id)).toEqual([]);
    const after = await db
      .select({ n: sql<number>`coalesce(sum(${schema.pageViews.views}), 0)::int` })
      .from(schema.pageViews)
      .where(sql`${schema.pageViews.page} = 'section' and ${schema.pageViews.sectionId} = ${finance!.id}`);
    expect(after[0]!.n - before[0]!.n).toBe(1);
  });

  it('adds up what several instances count, whichever writes first', async () => {
    const article = await createArticle();
    const instances = [new ViewBuffer(), new ViewBuffer(), new ViewBuffer()];
    const hour = hourOf(new Date());
    instances.forEach((buffer, n) => {
      for (let i = 0; i < 100 * (n + 1); i++) buffer.add({ hour, page: 'article', slug: article.slug, referrer: 'direct', device: 'tablet' });
    });
    const pool = await getPool();
    await Promise.all(instances.map((buffer) => writeViews(pool, buffer.drain())));
    expect(total(await viewsOf(article.id))).toBe(600);
  });

  it('stores no address, user agent, visitor id or salt', async () => {
    const pool = await getPool();
    const { rows: columns } = await pool.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name in ('page_views', 'daily_visitors')`,
    );
    expect(columns.map((c) => c.column_name).sort()).toEqual(
      ['article_id', 'day', 'device', 'hour', 'page', 'referrer', 'section_id', 'sketch', 'updated_at', 'views'].sort(),
    );
    const { rows: anywhere } = await pool.query(
      `select table_name, column_name from information_schema.columns where table_schema = 'public' and column_name ~ '(salt|address|agent|visitor_id)$'`,
    );
    expect(anywhere).toEqual([]);
    const { rows: text } = await pool.query<{ values: string }>(`select string_agg(page || ' ' || referrer || ' ' || device, ' ') as values from page_views`);
    expect(text[0]!.values).not.toMatch(/198\.51\.|203\.0\.113|100\.64\.|Mozilla|Android/);
  });
});

describe('the audience report', () => {
  // A day of its own, so that no other test's views (nor the demo's) are in its numbers.
  const DAY = new Date('2031-03-14T12:00:00Z');

  it('shows editors a day’s views, visitors, the most read story and where readers came from; writers and readers get nothing', async () => {
    const article = await createArticle({ title: `Most read ${unique('t')}` });
    const reader = await createUser();
    await createComment({ articleId: article.id, userId: reader.id, body: 'Worth reading.' });
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        countView({ path: `/articles/${article.slug}`, referrer: 'https://t.co/abc', width: 390 }, { ...request(`100.64.0.${i}`), now: DAY }),
      ),
    );
    await flushViews();

    const editor = await currentUserFor((await createUser({ role: 'editor' })).id);
    const writer = await currentUserFor((await createUser({ role: 'writer' })).id);
    expect((await audienceReport(writer)).ok).toBe(false);
    expect((await audienceReport(null)).ok).toBe(false);
    const found = await audienceReport(editor, DAY);
    if (!found.ok) throw new Error(found.message);
    const report = found.value;
    expect(report.days).toHaveLength(30);
    expect(report.days.at(-1)).toMatchObject({ day: '2031-03-14', views: 25 });
    expect(Math.abs(report.days.at(-1)!.visitors - 25)).toBeLessThanOrEqual(1);
    expect(report.topDay).toEqual([expect.objectContaining({ id: article.id, views: 25, comments: 1 })]);
    expect(report.referrers).toEqual([{ label: 't.co', views: 25 }]);
    expect(report.devices).toEqual([{ label: 'Phone', views: 25 }]);
    expect(report.sections).toEqual([{ label: 'World', views: 25 }]);
    const table = reportTable(report, 'top-24h');
    expect(table.header).toEqual(['Rank', 'Story', 'Section', 'Views', 'Comments']);
    expect(table.rows).toEqual([[1, article.title, 'World', 25, 1]]);

    const now = await audienceReport(editor);
    expect(now.ok && now.value.days.at(-1)!.comments).toBeGreaterThanOrEqual(1);
    expect(now.ok && now.value.days.at(-1)!.newReaders).toBeGreaterThanOrEqual(1);

    const story = await storyAudience(editor, article.id, DAY);
    expect(story.ok && story.value.total).toBe(25);
    expect(story.ok && story.value.days.at(-1)).toEqual({ day: '2031-03-14', views: 25 });
    // A writer sees their own story's readers, not other writers'.
    expect((await storyAudience(writer, article.id)).ok).toBe(false);
    const own = await createArticle({ authorId: writer.id });
    expect((await storyAudience(writer, own.id)).ok).toBe(true);
    expect((await storyAudience(await currentUserFor(reader.id), article.id)).ok).toBe(false);
  });

  it('ranks "Most read" by the last 24 hours’ views of published stories', async () => {
    const pool = await getPool();
    const { rows } = await pool.query<{ article_id: number }>(
      `select v.article_id from page_views v join articles a on a.id = v.article_id
        where v.hour >= date_trunc('hour', now()) - interval '23 hours' and a.status = 'published'
        group by v.article_id, a.published_at order by sum(v.views) desc, a.published_at desc limit 5`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const mostRead = await getMostRead(5);
    expect(mostRead.map((a) => a.id)).toEqual(rows.map((r) => r.article_id));
    expect(mostRead.every((a, i) => i === 0 || mostRead[i - 1]!.views >= a.views)).toBe(true);
  });
});
