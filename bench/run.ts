/**
 * `npm run bench`: starts the production server on an embedded database (data in .data/bench), then
 * measures reader pages against a static page of the same server in one run with autocannon
 * (10 connections, warm-up, 10 s each). Prints req/s, p50/p99 latency, the ratio to the static page,
 * and the server's peak RSS. Requires `npm run build` first.
 */
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

const pages: { name: string; path: string }[] = [
  { name: 'static (/about)', path: '/about' },
  { name: 'home', path: '/' },
  { name: 'section', path: '/finance' },
  { name: 'article', path: '/articles/istanbul-talks-inch-towards-a-ceasefire' },
  { name: 'tag', path: '/tags/diplomacy' },
];

async function waitFor(url: string, timeoutMs = 120_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`Server did not answer ${url} in time`);
}

function run(url: string, duration: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

function descendants(pid: number): number[] {
  try {
    const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
    const kids = out.split('\n').map((s) => Number(s.trim())).filter(Boolean);
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
  const server = spawn('npx', ['tsx', 'scripts/start.ts'], {
    env: { ...process.env, PORT: String(PORT), NEWSHUB_DATA_DIR: path.join(process.cwd(), '.data', 'bench'), DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server.stdout.on('data', () => undefined);
  try {
    await waitFor(`${BASE}/about`);
    const rows: { name: string; rps: number; p50: number; p99: number; kb: number }[] = [];
    for (const page of pages) {
      await run(`${BASE}${page.path}`, 2); // warm-up: first render and cache fill
      const r = await run(`${BASE}${page.path}`, SECONDS);
      if (r.non2xx > 0 || r.errors > 0) console.warn(`  ${page.name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      const kb = Math.round((await (await fetch(`${BASE}${page.path}`)).arrayBuffer()).byteLength / 1024);
      rows.push({ name: page.name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, kb });
      console.log(`  ${page.name}: ${r.requests.average.toFixed(0)} req/s`);
    }
    const base = rows[0]!.rps;
    console.log(`\nReader pages vs a static page, ${CONNECTIONS} connections, ${SECONDS}s each\n`);
    console.log('page'.padEnd(18), 'KB'.padStart(5), 'req/s'.padStart(9), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'ratio'.padStart(7));
    for (const r of rows)
      console.log(
        r.name.padEnd(18),
        String(r.kb).padStart(5),
        r.rps.toFixed(0).padStart(9),
        String(r.p50).padStart(8),
        String(r.p99).padStart(8),
        (r.rps / base).toFixed(2).padStart(7),
      );
    const pids = descendants(server.pid!);
    const nextPid = pids.find((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('next');
      } catch {
        return false;
      }
    });
    const nextRss = nextPid ? peakRssMb(nextPid) : 0;
    console.log(`\nPeak RSS of the Next.js server: ${nextRss} MB`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
}

void main();
