/**
 * `npm run bench`: starts the production server on an embedded database (data in .data/bench), then
 * measures reader pages against a static page of the same server in one run with autocannon
 * (10 connections, warm-up, then 10 s each per round), asked as a plain client asks (no compression)
 * and as browsers ask (`Accept: text/html…`, `Accept-Encoding: gzip, deflate, br`). The pages take
 * turns over two rounds, so a machine that slows down or speeds up during the run moves every page
 * alike. Prints, for each way of
 * asking, req/s, p50/p99 latency, bytes sent, the ratio to the static page asked the same way (overall
 * and per round), and the server's peak RSS.
 * Requires `npm run build` first.
 */
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { waitFor } from './support/wait-for';

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 10;

const pages: { name: string; path: string }[] = [
  { name: 'static (/about)', path: '/about' },
  { name: 'home', path: '/' },
  { name: 'section', path: '/finance' },
  { name: 'article', path: '/articles/istanbul-talks-inch-towards-a-ceasefire' },
  { name: 'tag', path: '/tags/diplomacy' },
];

const askings: { label: string; name: string; headers: Record<string, string> }[] = [
  { label: 'identity', name: 'without compression', headers: {} },
  // A browser's navigation also asks for HTML, which gets the page as browsers are sent it (the stylesheet
  // named in the headers, the scripts after the first paint: server/paint-first-scripts.mjs).
  {
    label: 'browsers',
    name: 'as browsers ask (Accept: text/html…, Accept-Encoding: gzip, deflate, br)',
    headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'accept-encoding': 'gzip, deflate, br' },
  },
];

function run(url: string, duration: number, headers: Record<string, string> = {}): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration, headers }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

function descendants(pid: number): number[] {
  try {
    const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
    const kids = out
      .split('\n')
      .map((s) => Number(s.trim()))
      .filter(Boolean);
    return kids.flatMap((k) => [k, ...descendants(k)]);
  } catch {
    return [];
  }
}

function peakRssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}

async function main() {
  if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    console.error('Run `npm run build` before `npm run bench`.');
    process.exit(1);
  }
  // Node runs the tsx CLI itself: npx would exit on SIGTERM and leave the server running (and this
  // bench waiting on its output pipe).
  const server = spawn(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/start.ts'], {
    env: { ...process.env, PORT: String(PORT), NEWSHUB_DATA_DIR: path.join(process.cwd(), '.data', 'bench'), DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server.stdout.on('data', () => undefined);
  try {
    await waitFor(`${BASE}/about`);
    // Warm every page before measuring any: the first render of a page fills its cache and also
    // switches on Node's async-context tracking for the rest of the process's life, which then costs
    // every request, static or not. Measuring the static page before any render would compare a
    // state no running site is in.
    for (const page of pages) for (const { headers } of askings) await run(`${BASE}${page.path}`, 2, headers);
    // Per way of asking, per page: one result a round.
    const results = askings.map(() => pages.map(() => [] as autocannon.Result[]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [asking, { label, headers }] of askings.entries()) {
        for (const [index, page] of pages.entries()) {
          const r = await run(`${BASE}${page.path}`, SECONDS, headers);
          if (r.non2xx > 0 || r.errors > 0) console.warn(`  ${page.name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
          results[asking]![index]!.push(r);
          console.log(`  round ${round}, ${label}, ${page.name}: ${r.requests.average.toFixed(0)} req/s`);
        }
      }
    }
    for (const [asking, { name }] of askings.entries()) {
      const rows = pages.map((page, index) => {
        const runs = results[asking]![index]!;
        return {
          name: page.name,
          kb: Math.round(runs.reduce((sum, r) => sum + r.throughput.total / r.requests.total, 0) / runs.length / 1024),
          rps: runs.reduce((sum, r) => sum + r.requests.average, 0) / runs.length,
          roundRps: runs.map((r) => r.requests.average),
          p50: Math.max(...runs.map((r) => r.latency.p50)),
          p99: Math.max(...runs.map((r) => r.latency.p99)),
        };
      });
      const base = rows[0]!;
      console.log(`\nReader pages vs a static page, ${name}: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS}s each\n`);
      console.log('page'.padEnd(18), 'KB'.padStart(5), 'req/s'.padStart(9), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'ratio'.padStart(7), '  per round');
      for (const r of rows)
        console.log(
          r.name.padEnd(18),
          String(r.kb).padStart(5),
          r.rps.toFixed(0).padStart(9),
          String(r.p50).padStart(8),
          String(r.p99).padStart(8),
          (r.rps / base.rps).toFixed(2).padStart(7),
          ' ',
          r.roundRps.map((rps, i) => (rps / base.roundRps[i]!).toFixed(2)).join(' '),
        );
    }
    const pids = descendants(server.pid!);
    const serverPid = pids.find((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('http-server.mjs');
      } catch {
        return false;
      }
    });
    const serverRss = serverPid ? peakRssMb(serverPid) : 0;
    console.log(`\nPeak RSS of the Next.js server: ${serverRss} MB`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
}

void main();
