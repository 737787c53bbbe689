/**
 * `npm run bench:audience`: what counting readers costs. Starts the production server on a fresh
 * embedded database (data in .data/bench-audience) and, in turns over ROUNDS rounds, sends 10,000 view
 * beacons (POST /api/views, as browsers send them, each from one of 50,000 readers' addresses) and asks
 * for a static page (/about) 10,000 times the same way, with autocannon (10 connections). Prints beacons per second
 * against static pages per second (target ≥ 0.8), the views the database holds against the beacons
 * sent (they must match), and the database writes per 1,000 views (transactions and rows written in
 * the counting tables). Requires `npm run build` first; never run in CI.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { waitFor } from './support/wait-for';

const PORT = Number(process.env.BENCH_PORT ?? 3800);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Requests per run: a fixed number, so that the views the database holds can be checked against it exactly. */
const AMOUNT = Number(process.env.BENCH_AMOUNT ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 10;
const DATA_DIR = path.resolve('.data/bench-audience');
const BROWSER = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';

process.env.NEWSHUB_DATA_DIR = DATA_DIR;
process.env.DATABASE_URL = '';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let reader = 0;
/** Each request from the next of 50,000 readers (the server trusts loopback's X-Forwarded-For here). */
const fromAReader = (request: autocannon.Request) => {
  reader = (reader + 1) % 50_000;
  request.headers = { ...request.headers, 'x-forwarded-for': `10.${reader >> 16}.${(reader >> 8) & 255}.${reader & 255}` };
  return request;
};

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) =>
    autocannon({ connections: CONNECTIONS, amount: AMOUNT, ...options }, (err, result) => (err ? reject(err) : resolve(result))),
  );
}

async function main() {
  const { prepareDatabase } = await import('../scripts/prepare-database');
  const pg = await import('pg');
  rmSync(DATA_DIR, { recursive: true, force: true });
  const db = await prepareDatabase({ seed: 'auto' });
  const sql = new pg.default.Client({ connectionString: db.url });
  await sql.connect();
  const server = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: db.url, NEWSHUB_DATA_DIR: DATA_DIR, TRUST_PROXY: 'loopback' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitFor(`${ORIGIN}/about`);
    const { rows } = await sql.query<{ id: number; slug: string }>(
      `select id, slug from articles where status = 'published' order by published_at desc limit 1`,
    );
    const article = rows[0]!;
    const beacon: autocannon.Options = {
      url: `${ORIGIN}/api/views`,
      method: 'POST',
      headers: { 'user-agent': BROWSER, 'content-type': 'text/plain;charset=UTF-8', 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ path: `/articles/${article.slug}`, referrer: 'https://www.google.com/', width: 390 }),
      requests: [{ setupRequest: fromAReader }],
    };
    const page: autocannon.Options = { url: `${ORIGIN}/about`, headers: { 'user-agent': BROWSER }, requests: [{ setupRequest: fromAReader }] };

    const viewsHeld = async () =>
      (await sql.query<{ n: number }>('select coalesce(sum(views), 0)::int as n from page_views where article_id = $1', [article.id])).rows[0]!.n;
    const writes = async () => {
      const { rows: stats } = await sql.query<{ xacts: string; rows: string }>(
        `select (select xact_commit from pg_stat_database where datname = current_database()) as xacts,
                (select coalesce(sum(n_tup_ins + n_tup_upd), 0) from pg_stat_user_tables where relname in ('page_views', 'daily_visitors')) as rows`,
      );
      return { xacts: Number(stats[0]!.xacts), rows: Number(stats[0]!.rows) };
    };

    // Warm-up: both paths compiled and cached, the day's salt made.
    await run({ ...page, amount: 3_000 });
    await run({ ...beacon, amount: 3_000 });
    await sleep(7_000);

    const heldBefore = await viewsHeld();
    await sleep(1_500);
    const writesBefore = await writes();
    const totals = { beacons: 0, beaconSeconds: 0, pages: 0, pageSeconds: 0, non2xx: 0 };
    const perRound: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const views = await run(beacon);
      const pages = await run(page);
      totals.beacons += views.requests.sent;
      totals.beaconSeconds += views.duration;
      totals.pages += pages.requests.sent;
      totals.pageSeconds += pages.duration;
      totals.non2xx += views.non2xx + pages.non2xx + views.errors + pages.errors;
      perRound.push(
        `round ${round}: beacons ${Math.round(views.requests.average)}/s (p99 ${views.latency.p99} ms), static ${Math.round(pages.requests.average)}/s (p99 ${pages.latency.p99} ms), ratio ${(views.requests.average / pages.requests.average).toFixed(2)}`,
      );
    }
    // Let the last batch reach the database, and the statistics collector catch up.
    await sleep(7_000);
    const held = (await viewsHeld()) - heldBefore;
    const writesAfter = await writes();

    const beaconRate = totals.beacons / totals.beaconSeconds;
    const pageRate = totals.pages / totals.pageSeconds;
    console.log(`\nView beacons against a static page, ${ROUNDS} rounds of ${AMOUNT} requests each, ${CONNECTIONS} connections`);
    for (const line of perRound) console.log(`  ${line}`);
    console.log(
      `  overall: ${Math.round(beaconRate)} beacons/s, ${Math.round(pageRate)} static pages/s, ratio ${(beaconRate / pageRate).toFixed(2)} (target ≥ 0.80)`,
    );
    console.log(`  non-2xx answers: ${totals.non2xx}`);
    console.log(`\nViews held by the database: ${held} of ${totals.beacons} beacons sent${held === totals.beacons ? ' (exact)' : ' (MISMATCH)'}`);
    const xacts = writesAfter.xacts - writesBefore.xacts;
    const rowsWritten = writesAfter.rows - writesBefore.rows;
    console.log(
      `Database writes per 1,000 views: ${((1000 * xacts) / Math.max(1, held)).toFixed(2)} transactions (all of the database's, scheduler included), ${((1000 * rowsWritten) / Math.max(1, held)).toFixed(2)} rows written in the counting tables`,
    );
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await sql.end();
    if (db.server?.owned) await db.server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
