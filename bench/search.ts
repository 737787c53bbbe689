/**
 * Search latency on a generated 100,000-article set (`npm run bench:search`, also run by `npm run bench`).
 * The set lives in its own database on the bench's embedded PostgreSQL (.data/bench) and is generated
 * once; later runs reuse it. Prints per-query p50/p95 of the search data function (the server's time).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';

process.env.NEWSHUB_DATA_DIR ??= path.join(process.cwd(), '.data', 'bench');
const TARGET = Number(process.env.BENCH_SEARCH_ARTICLES ?? 100_000);
const RUNS = 20;

const QUERIES = ['ceasefire', 'istanbul talks', '"central bank"', 'inflation -energy', 'coral OR reef', 'pension funds gilts', 'bench-rare-417', 'election'];

/** Without DATABASE_URL: start the bench's embedded server, then run the measurement against it in a child. */
async function viaEmbeddedServer() {
  const { spawn } = await import('node:child_process');
  const { ensureEmbeddedServer } = await import('../db/embedded');
  const { createDatabaseIfMissing } = await import('../db/connection');
  const server = await ensureEmbeddedServer();
  const url = server.urlFor('newshub_search100k');
  await createDatabaseIfMissing(url);
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  await server.stop();
  process.exit(code);
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
  const db = await getDb();
  await seedDemoContent(db, { demoAccounts: false });

  const client = new Client({ connectionString: url });
  await client.connect();
  const existing = Number((await client.query("select count(*) from articles where status = 'published'")).rows[0].count);
  if (existing < TARGET) {
    console.log(`Generating ${TARGET - existing} articles (once; later runs reuse them)…`);
    const started = performance.now();
    // Each generated story reuses a demo story's text (spread evenly over them) with a few distinct words.
    for (let done = existing; done < TARGET; done += 10_000) {
      const n = Math.min(10_000, TARGET - done);
      await client.query(
        `with src as (
           select a.*, (row_number() over (order by a.id) - 1)::int as idx
           from articles a where a.status = 'published' and a.slug not like 'gen-%'
         )
         insert into articles (slug, title, standfirst, body, kind, section_id, author_id, status, published_at)
         select 'gen-' || ($1::int + g), src.title || ' (' || ($1::int + g) || ')', src.standfirst,
                src.body || E'\\n\\nReference ' || md5(($1::int + g)::text) || ' bench-rare-' || (($1::int + g) % 1000),
                src.kind, src.section_id, src.author_id, 'published', now() - (($1::int + g) || ' minutes')::interval
         from generate_series(1, $2::int) g
         join src on src.idx = (($1::int + g) * 7919) % (select count(*) from src)`,
        [done, n],
      );
      process.stdout.write(`  ${done + n} articles\r`);
    }
    console.log(`\nGenerated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  // A bulk-loaded table is measured as a production table would be: vacuumed and analysed.
  await client.query('vacuum analyze articles');
  const total = Number((await client.query("select count(*) from articles where status = 'published'")).rows[0].count);
  await client.end();

  const { searchArticles } = await import('../lib/dal/search');
  console.log(`\nSearch over ${total.toLocaleString('en-GB')} published articles, ${RUNS} runs per query (ms, server time)\n`);
  console.log('query'.padEnd(24), 'hits'.padStart(8), 'p50'.padStart(7), 'p95'.padStart(7), 'max'.padStart(7));
  const all: number[] = [];
  for (const q of QUERIES) {
    await searchArticles({ q }); // warm
    const times: number[] = [];
    let hits = '';
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const outcome = await searchArticles({ q, page: 1 + (i % 3) });
      times.push(performance.now() - t);
      if (outcome.status === 'results') hits = `${outcome.total}${outcome.totalIsLowerBound ? '+' : ''}`;
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
    console.log(q.padEnd(24), hits.padStart(8), pct(0.5).padStart(7), pct(0.95).padStart(7), times.at(-1)!.toFixed(1).padStart(7));
  }
  all.sort((a, b) => a - b);
  console.log(`\nAll queries: p50 ${all[Math.floor(all.length / 2)]!.toFixed(1)} ms, p95 ${all[Math.floor(all.length * 0.95)]!.toFixed(1)} ms`);
  await closeDb();
}

void main();
