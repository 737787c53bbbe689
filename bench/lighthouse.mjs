// @ts-check
/**
 * `npm run bench:lighthouse`: what a phone does with NewsHub's reader pages. Lighthouse (mobile preset,
 * simulated throttling, the machine's Chromium) on the production build, median of 3 runs, for the home
 * page, a section page, an article with 20+ comments and a search results page, beside an empty Next.js
 * page built the same way (bench/floor): the framework's floor on this machine, measured in the same run.
 * Prints performance, TBT, LCP, CLS, and JS transferred before the page is idle and after (prefetching).
 * Also the first paint as the unthrottled browser saw it, and how many runs painted only after the page had
 * loaded: headless Chromium sometimes stops sending frames to a page that was busy while loading and lets it
 * paint a whole second later; Lighthouse's simulation then counts every script that ran meanwhile into LCP.
 * A page that paints before its scripts run is immune, which is why the empty page never shows it.
 * Each page is loaded once, unmeasured, before the runs (first requests after a start load route code).
 * Requires `npm run build` first; builds the empty page itself (in a temporary folder).
 * LIGHTHOUSE_RUNS=n changes the number of runs; LIGHTHOUSE_SAVE=folder keeps each run's report as JSON;
 * LIGHTHOUSE_DETAIL=1 also prints, per page and run, the largest contentful element with its phases and
 * every script with its size (for chasing a regression).
 * Plain JavaScript: Lighthouse runs functions inside the page, which a TypeScript loader's helpers would break.
 */
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const SITE_PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3800);
const FLOOR_PORT = SITE_PORT + 1;
const SITE = `http://127.0.0.1:${SITE_PORT}`;
const FLOOR = `http://127.0.0.1:${FLOOR_PORT}`;
const DATA_DIR = path.join(process.cwd(), '.data', 'lighthouse');
const ARTICLE = 'istanbul-talks-inch-towards-a-ceasefire';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DETAIL = process.env.LIGHTHOUSE_DETAIL === '1';
/** A folder to keep every run's full Lighthouse report in, as JSON (for chasing a regression). */
const SAVE_DIR = process.env.LIGHTHOUSE_SAVE;

const pages = [
  { name: 'empty Next.js page', url: `${FLOOR}/` },
  { name: 'home', url: `${SITE}/` },
  { name: 'section (/finance)', url: `${SITE}/finance` },
  { name: 'article, 20+ comments', url: `${SITE}/articles/${ARTICLE}` },
  { name: 'search results', url: `${SITE}/search?q=ceasefire` },
];

/** @typedef {{ score: number; tbt: number; lcp: number; cls: number; jsBefore: number; afterIdle: number; paint: number; latePaint: boolean }} Measure */

/** @param {string} url */
async function waitFor(url, timeoutMs = 120_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer in time`);
}

/** The empty page, built once per version of its source into a temporary folder outside the project. */
function buildFloor() {
  const source = path.join(process.cwd(), 'bench', 'floor');
  const digest = createHash('sha256');
  for (const file of ['app/layout.jsx', 'app/page.jsx', 'next.config.js']) digest.update(readFileSync(path.join(source, file)));
  digest.update(readFileSync(path.join(process.cwd(), 'node_modules', 'next', 'package.json')));
  const dir = path.join(os.tmpdir(), `newshub-floor-${digest.digest('hex').slice(0, 12)}`);
  if (existsSync(path.join(dir, '.next', 'BUILD_ID'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(source, 'app'), path.join(dir, 'app'), { recursive: true });
  // Outside the project, so that nothing of NewsHub's (its proxy, its config) is picked up.
  writeFileSync(path.join(dir, 'next.config.js'), "module.exports = { poweredByHeader: false, turbopack: { root: '/' } };\n");
  symlinkSync(path.join(process.cwd(), 'node_modules'), path.join(dir, 'node_modules'));
  console.log('Building the empty Next.js page …');
  execFileSync(process.execPath, [path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { cwd: dir, stdio: 'ignore' });
  return dir;
}

/** The bench article gets 24 published comments (the seed gives it fewer), once. */
async function ensureComments() {
  const pid = readFileSync(path.join(DATA_DIR, 'postgres', 'postmaster.pid'), 'utf8').split('\n');
  const client = new Client({ connectionString: `postgres://postgres:newshub-local@127.0.0.1:${pid[3]}/newshub` });
  await client.connect();
  try {
    await client.query(
      `insert into comments (article_id, user_id, body, status, created_at)
       select a.id, u.id, 'Reader view ' || g || ': the energy moratorium is the piece to watch; if it holds for thirty days, the rest of the agenda gets easier.', 'published', now() - (g || ' minutes')::interval
       from articles a, generate_series(1, 24) g, lateral (select id from users where role = 'reader' order by id offset (g % 5) limit 1) u
       where a.slug = $1 and (select count(*) from comments c where c.article_id = a.id and c.status = 'published') < 20`,
      [ARTICLE],
    );
  } finally {
    await client.end();
  }
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** @typedef {{ url: string; resourceType?: string; transferSize?: number; networkRequestTime?: number }} NetworkItem */

/** @param {any} lhr @returns {Measure} */
function measure(lhr) {
  const audits = lhr.audits;
  /** @type {NetworkItem[]} */
  const items = audits['network-requests']?.details?.items ?? [];
  const metrics = audits.metrics?.details?.items?.[0];
  const loaded = metrics?.observedLoad ?? Infinity;
  /** @param {NetworkItem[]} list */
  const kb = (list) => list.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024;
  const scripts = items.filter((r) => r.resourceType === 'Script');
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    tbt: audits['total-blocking-time']?.numericValue ?? 0,
    lcp: audits['largest-contentful-paint']?.numericValue ?? 0,
    cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
    jsBefore: kb(scripts.filter((r) => (r.networkRequestTime ?? 0) <= loaded)),
    // Whatever the page fetches once loaded, unasked: prefetched routes, their code, fonts for later pages.
    afterIdle: kb(items.filter((r) => (r.networkRequestTime ?? 0) > loaded && ['Script', 'Fetch', 'Other', 'Font'].includes(r.resourceType ?? ''))),
    paint: metrics?.observedFirstContentfulPaint ?? 0,
    latePaint: (metrics?.observedFirstContentfulPaint ?? 0) > loaded,
  };
}

/** @param {any} lhr */
function printDetail(lhr) {
  const audits = lhr.audits;
  const element = audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  const phases = audits['largest-contentful-paint-element']?.details?.items?.[1]?.items ?? [];
  console.log(`    LCP element: ${element?.snippet ?? 'unknown'}`);
  for (const p of phases) console.log(`      ${String(p.phase).padEnd(14)} ${Math.round(p.timing)} ms`);
  /** @type {NetworkItem[]} */
  const items = audits['network-requests']?.details?.items ?? [];
  for (const r of items.filter((r) => r.resourceType === 'Script' || r.resourceType === 'Fetch'))
    console.log(
      `      ${((r.transferSize ?? 0) / 1024).toFixed(1).padStart(6)} KB at ${Math.round(r.networkRequestTime ?? 0)} ms  ${r.url.replace(/^https?:\/\/[^/]+/, '')}`,
    );
}

/**
 * Asks for the page until the server has just made a fresh cached copy, so the server is not re-rendering
 * it in the background while Lighthouse loads it: here the server and the simulated phone share two
 * cores, and a regeneration running beside the page's load is counted as the phone's work (and holds up
 * the lead image and the scripts by a few hundred milliseconds). On a real network the phone never shares
 * the server's CPU. A copy served fresh may be about to go stale (reader pages keep one for 5 s, and
 * Lighthouse takes about 2 s to start loading), so this waits for a regeneration to happen and finish.
 * Pages that are not cached (no `x-nextjs-cache` header) are asked for once.
 * @param {string} url
 */
async function settle(url) {
  let regenerated = false;
  for (let attempt = 0; attempt < 40; attempt++) {
    const response = await fetch(url);
    await response.arrayBuffer();
    const cache = response.headers.get('x-nextjs-cache');
    if (!cache || (cache === 'HIT' && regenerated)) return;
    if (cache !== 'HIT') regenerated = true;
    await new Promise((r) => setTimeout(r, cache === 'HIT' ? 500 : 300));
  }
}

/** @param {import('node:child_process').ChildProcess | undefined} child */
function stop(child) {
  if (!child || child.exitCode !== null) return Promise.resolve();
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  return Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}

async function main() {
  if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    console.error('Run `npm run build` before `npm run bench:lighthouse`.');
    process.exit(1);
  }
  const floorDir = buildFloor();
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let site;
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let floor;
  /** @type {chromeLauncher.LaunchedChrome | undefined} */
  let chrome;
  try {
    site = spawn(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/start.ts'], {
      env: { ...process.env, PORT: String(SITE_PORT), NEWSHUB_DATA_DIR: DATA_DIR, DATABASE_URL: '', SITE_URL: SITE },
      stdio: 'ignore',
    });
    floor = spawn(process.execPath, [path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(FLOOR_PORT)], {
      cwd: floorDir,
      stdio: 'ignore',
    });
    await Promise.all([waitFor(`${SITE}/about`), waitFor(`${FLOOR}/`)]);
    await ensureComments();
    // Readers get cached pages: render each once before measuring.
    for (const page of pages) await (await fetch(page.url)).arrayBuffer();

    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    // One unmeasured load of each page first: the server loads the code of each route (images, icons, the
    // manifest, the view beacon) on its first request after a start, which would land in the first run.
    for (const page of pages) {
      await settle(page.url);
      await lighthouse(page.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    }
    /** @type {Map<string, Measure[]>} */
    const results = new Map(pages.map((p) => [p.name, []]));
    for (let run = 1; run <= RUNS; run++) {
      // Pages take turns, so a machine that slows down during the run affects them alike.
      for (const page of pages) {
        await settle(page.url);
        const result = await lighthouse(page.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        if (!result) throw new Error(`Lighthouse gave no result for ${page.url}`);
        const m = measure(result.lhr);
        results.get(page.name)?.push(m);
        console.log(
          `  run ${run}, ${page.name}: ${m.score} (TBT ${m.tbt.toFixed(0)} ms, LCP ${(m.lcp / 1000).toFixed(2)} s, first paint seen at ${m.paint} ms${m.latePaint ? ', after load' : ''})`,
        );
        if (DETAIL) printDetail(result.lhr);
        if (SAVE_DIR) {
          mkdirSync(SAVE_DIR, { recursive: true });
          writeFileSync(path.join(SAVE_DIR, `${page.name.replace(/[^a-z0-9]+/gi, '-')}-${run}.json`), JSON.stringify(result.lhr));
        }
      }
    }

    console.log(`\nLighthouse ${RUNS > 1 ? `medians of ${RUNS} runs` : '1 run'}, mobile preset, production build\n`);
    const header = [
      'page'.padEnd(24),
      'perf'.padStart(5),
      'runs'.padStart(12),
      'TBT ms'.padStart(8),
      'LCP s'.padStart(7),
      'CLS'.padStart(6),
      'JS KB'.padStart(7),
      'idle KB'.padStart(8),
      'paint ms'.padStart(9),
      'late'.padStart(5),
    ];
    console.log(header.join(' '));
    const floorMeasures = results.get(pages[0]?.name ?? '') ?? [];
    for (const page of pages) {
      const runs = results.get(page.name) ?? [];
      const row = {
        score: median(runs.map((r) => r.score)),
        tbt: median(runs.map((r) => r.tbt)),
        lcp: median(runs.map((r) => r.lcp)),
        cls: median(runs.map((r) => r.cls)),
        jsBefore: median(runs.map((r) => r.jsBefore)),
        afterIdle: median(runs.map((r) => r.afterIdle)),
        paint: median(runs.map((r) => r.paint)),
        late: runs.filter((r) => r.latePaint).length,
      };
      console.log(
        [
          page.name.padEnd(24),
          String(row.score).padStart(5),
          runs
            .map((r) => r.score)
            .join('/')
            .padStart(12),
          row.tbt.toFixed(0).padStart(8),
          (row.lcp / 1000).toFixed(2).padStart(7),
          row.cls.toFixed(3).padStart(6),
          row.jsBefore.toFixed(0).padStart(7),
          row.afterIdle.toFixed(0).padStart(8),
          String(Math.round(row.paint)).padStart(9),
          `${row.late}/${runs.length}`.padStart(5),
        ].join(' '),
      );
    }
    const floorScore = median(floorMeasures.map((r) => r.score));
    const floorTbt = median(floorMeasures.map((r) => r.tbt));
    const floorJs = median(floorMeasures.map((r) => r.jsBefore));
    console.log(
      '\n"paint ms": first paint as the unthrottled browser saw it; "late": runs whose first paint came after the load event (see the top of this file).',
    );
    console.log(
      `Targets against the empty page: performance ≥ ${floorScore - 3}, TBT ≤ ${(floorTbt + 100).toFixed(0)} ms, LCP ≤ 2.00 s, CLS ≤ 0.020, JS ≤ ${(floorJs + 15).toFixed(0)} KB, after idle ≤ 50 KB.`,
    );
  } finally {
    await chrome?.kill();
    await Promise.all([stop(site), stop(floor)]);
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
