/**
 * `npm run bench:scale`: NewsHub at newspaper size. On a generated set of 100,000 published stories,
 * 1,000,000 comments and 20,000 readers (with one story carrying 500 comments and 10,000 comments held
 * for moderation), times the uncached reads of the pages that grow with the archive: the home page, the
 * last page of the biggest section, the story with 500 comments, a sitemap file (10,000 stories), the
 * newsroom's article list and the moderation queue. "Uncached" is what the first render after an
 * invalidation does: every read of the page, through the same data-layer functions, with `'use cache'`
 * inert (bench/support/inert-next-cache.cjs). Prints p50/p99 per page (target: p99 under 200 ms).
 *
 * The set lives in its own database on the bench's embedded PostgreSQL (.data/bench) and is generated once.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';

process.env.NEWSHUB_DATA_DIR ??= path.join(process.cwd(), '.data', 'bench');
const ARTICLES = 100_000;
const COMMENTS = 1_000_000;
const READERS = 20_000;
const HELD = 10_000;
const BIG_THREAD = 500;
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 30);
const STORY = 'istanbul-talks-inch-towards-a-ceasefire';

async function viaEmbeddedServer() {
  const { spawn } = await import('node:child_process');
  const { ensureEmbeddedServer } = await import('../db/embedded');
  const { createDatabaseIfMissing } = await import('../db/connection');
  const server = await ensureEmbeddedServer();
  const url = server.urlFor('newshub_scale_100k');
  await createDatabaseIfMissing(url);
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  await server.stop();
  process.exit(code);
}

type Sql = (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

async function count(sql: Sql, text: string, values: unknown[] = []): Promise<number> {
  return Number((await sql(text, values)).rows[0]!.n);
}

async function generate(sql: Sql) {
  const started = performance.now();
  let stories = await count(sql, "select count(*) as n from articles where status = 'published'");
  for (; stories < ARTICLES; stories += 10_000) {
    // Each generated story reuses a demo story's text with a distinct title, address and date: one every
    // 45 minutes, so the archive spans eight and a half years, as a national paper's 100,000 stories do.
    await sql(
      `with src as (
         select a.*, (row_number() over (order by a.id) - 1)::int as idx
         from articles a where a.status = 'published' and a.slug not like 'gen-%'
       )
       insert into articles (slug, title, standfirst, body, kind, section_id, author_id, status, published_at)
       select 'gen-' || ($1::int + g), src.title || ' (' || ($1::int + g) || ')', src.standfirst, src.body,
              src.kind, src.section_id, src.author_id, 'published', now() - (($1::int + g) * 45 || ' minutes')::interval
       from generate_series(1, least(10000, $2::int - $1::int)) g
       join src on src.idx = (($1::int + g) * 7919) % (select count(*) from src)`,
      [stories, ARTICLES],
    );
    process.stdout.write(`  ${Math.min(stories + 10_000, ARTICLES)} stories\r`);
  }
  if ((await count(sql, "select count(*) as n from users where email like '%@bench-readers.test'")) < READERS) {
    await sql(
      `insert into users (email, name, role, approved_comments)
       select 'reader' || g || '@bench-readers.test', 'Bench Reader ' || g, 'reader', 5 from generate_series(1, $1::int) g
       on conflict do nothing`,
      [READERS],
    );
  }
  const story = Number((await sql('select id from articles where slug = $1', [STORY])).rows[0]!.id);
  const onStory = await count(sql, "select count(*) as n from comments where article_id = $1 and status = 'published'", [story]);
  if (onStory < BIG_THREAD) {
    // Top-level comments, then every third one answered.
    const top = Math.ceil((BIG_THREAD - onStory) * 0.67);
    await sql(
      `insert into comments (article_id, user_id, body, status, created_at)
       select $1, u.id, 'On the ceasefire line, point ' || g || ': the monitors matter more than the maps.', 'published', now() - (g || ' minutes')::interval
       from generate_series(1, $2::int) g
       join lateral (select id from users where email = 'reader' || (1 + g % $3::int) || '@bench-readers.test') u on true`,
      [story, top, READERS],
    );
    await sql(
      `insert into comments (article_id, user_id, parent_id, body, status, created_at)
       select c.article_id, c.user_id, c.id, 'A reply: the guarantors have said the same before.', 'published', c.created_at + interval '1 minute'
       from comments c where c.article_id = $1 and c.parent_id is null and c.status = 'published'
       order by c.id limit $2`,
      [story, BIG_THREAD - onStory - top],
    );
  }
  let total = await count(sql, 'select count(*) as n from comments');
  const [range] = (await sql("select min(id) as low, max(id) as high from articles where slug like 'gen-%'")).rows;
  while (total < COMMENTS) {
    // Spread over the generated stories (the lowest ids are the newest), recent ones discussed more; a few percent hidden or deleted.
    // (The story is picked from g and random() together, so that it is drawn anew for every comment.)
    await sql(
      `insert into comments (article_id, user_id, body, status, created_at)
       select a.id, u.id, 'Reader view ' || g || ': the figures deserve a closer look.',
              case when g % 97 = 0 then 'hidden' when g % 89 = 0 then 'deleted' else 'published' end,
              a.published_at + ((g % 600) || ' minutes')::interval
       from generate_series(1, least(100000, $1::int - $2::int)) g
       join lateral (
         select id, published_at from articles
         where id <= $3::int + floor(power(random() + g * 0, 2) * ($4::int - $3::int))::int and status = 'published'
         order by id desc limit 1
       ) a on true
       join lateral (select id from users where email = 'reader' || (1 + g % $5::int) || '@bench-readers.test') u on true`,
      [COMMENTS, total, range!.low, range!.high, READERS],
    );
    total = await count(sql, 'select count(*) as n from comments');
    process.stdout.write(`  ${total} comments\r`);
  }
  const held = await count(sql, "select count(*) as n from comments where status = 'pending'");
  if (held < HELD) {
    await sql(
      `insert into comments (article_id, user_id, body, status, held_reason, created_at)
       select a.id, u.id, 'Held for review ' || g || ': see https://example.org/a and https://example.org/b', 'pending', 'More than 1 link(s) from a new reader', now() - ((g % 1440) || ' minutes')::interval
       from generate_series(1, $1::int) g
       join lateral (select id from articles where slug = 'gen-' || (1 + g * 7 % 5000) offset 0) a on true
       join lateral (select id from users where email = 'reader' || (1 + g % $2::int) || '@bench-readers.test') u on true`,
      [HELD - held, READERS],
    );
  }
  const seconds = (performance.now() - started) / 1000;
  if (seconds > 5) console.log(`\nGenerated in ${seconds.toFixed(0)} s`);
  // A bulk-loaded table is measured as a production table would be: vacuumed and analysed.
  await sql('vacuum analyze');
}

async function main() {
  if (!process.env.DATABASE_URL) return viaEmbeddedServer();
  const { Client } = await import('pg');
  const { createDatabaseIfMissing } = await import('../db/connection');
  const { runMigrations } = await import('../db/migrate');
  const url = process.env.DATABASE_URL;
  await createDatabaseIfMissing(url);
  await runMigrations(url);
  const { getDb, closeDb } = await import('../db');
  const { seedDemoContent } = await import('../db/seed');
  await seedDemoContent(await getDb(), { demoAccounts: false });

  const client = new Client({ connectionString: url });
  await client.connect();
  const sql: Sql = (text, values) => client.query(text, values);
  await generate(sql);
  const biggest = (
    await sql(
      "select s.slug, count(*) as n from articles a join sections s on s.id = a.section_id where a.status = 'published' group by s.slug order by n desc limit 1",
    )
  ).rows[0]!;
  const [editor] = (await sql("select id, role from users where role in ('editor', 'admin') order by role limit 1")).rows;
  const facts = (
    await sql(
      `select (select count(*) from articles where status = 'published') as stories, (select count(*) from comments) as comments,
            (select count(*) from users) as users, (select count(*) from comments where status = 'pending') as held`,
    )
  ).rows[0]!;
  await client.end();

  const { getFrontPage, getSectionPage, getPublishedArticle, listSections, PAGE_SIZE } = await import('../lib/dal/articles');
  const { getRecentComments, getMostDiscussed, getThread } = await import('../lib/dal/comments');
  const { sitemapFile } = await import('../lib/feeds/documents');
  const { listArticlesForNewsroom } = await import('../lib/dal/admin/article-list');
  const { moderationQueue } = await import('../lib/dal/admin/moderation');
  const actor = { id: String(editor!.id), role: editor!.role as 'editor', banned: false };
  const lastPage = Math.ceil(Number(biggest.n) / PAGE_SIZE);
  const sidebar = () => getRecentComments();

  const pages: { name: string; read: () => Promise<unknown> }[] = [
    { name: 'home', read: () => Promise.all([getFrontPage(), getMostDiscussed(), listSections(), sidebar()]) },
    {
      name: `/${biggest.slug} page ${lastPage}`,
      read: () => Promise.all([getSectionPage(String(biggest.slug), lastPage), listSections(), getRecentComments(5, { sectionSlug: String(biggest.slug) })]),
    },
    {
      name: 'story, 500 comments',
      read: async () => {
        const found = await getPublishedArticle(STORY);
        if (found.kind !== 'article') throw new Error(`${STORY}: ${found.kind}`);
        await Promise.all([getThread(found.article.id), listSections(), sidebar()]);
      },
    },
    { name: 'sitemap articles-1.xml', read: () => sitemapFile('articles-1.xml') },
    { name: 'newsroom article list', read: () => listArticlesForNewsroom(actor, { page: 1 }) },
    { name: 'newsroom list, search', read: () => listArticlesForNewsroom(actor, { page: 1, q: 'ceasefire' }) },
    { name: 'moderation queue', read: () => moderationQueue(actor, 'pending') },
  ];

  console.log(
    `\nUncached reads at newspaper size: ${Number(facts.stories).toLocaleString('en-GB')} stories, ${Number(facts.comments).toLocaleString('en-GB')} comments ` +
      `(${Number(facts.held).toLocaleString('en-GB')} held), ${Number(facts.users).toLocaleString('en-GB')} accounts; ${RUNS} runs each (ms)\n`,
  );
  console.log('page'.padEnd(26), 'p50'.padStart(7), 'p99'.padStart(7), 'max'.padStart(7), '  p99 < 200 ms');
  for (const page of pages) {
    await page.read(); // the connection pool and prepared plans warm, as on a running server
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await page.read();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
    console.log(
      page.name.padEnd(26),
      at(0.5).toFixed(1).padStart(7),
      at(0.99).toFixed(1).padStart(7),
      times.at(-1)!.toFixed(1).padStart(7),
      `  ${at(0.99) < 200 ? 'yes' : 'NO'}`,
    );
  }
  await closeDb();
}

void main();
