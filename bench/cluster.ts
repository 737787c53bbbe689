/**
 * `npm run bench:cluster`: NewsHub as `npm run cluster` runs it (nginx in front of CLUSTER_INSTANCES,
 * default 2, on an embedded database with the demo content, the machine's Redis), measured in one run
 * with autocannon, asked as browsers ask (`Accept-Encoding: gzip, deflate, br`), at 10 and 100
 * connections:
 * - the limit: a second nginx serving each page's bytes as a static file (gzip_static);
 * - home, section, article and tag through nginx (ratio to the same bytes as a static file; target ≥ 0.8);
 * - the same pages from one instance directly, beside a static page of that instance (ratio; target ≥ 0.5);
 * and every instance's peak RSS (target ≤ 350 MB). Requires `npm run build` first; never run in CI.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { waitFor } from './support/wait-for';

const PORT = Number(process.env.BENCH_PORT ?? 3600);
const LIMIT_PORT = PORT + 50;
const NGINX = `http://127.0.0.1:${PORT}`;
const DIRECT = `http://127.0.0.1:${PORT + 1}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const DATA_DIR = path.resolve('.data/bench-cluster');
const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };

const pages = [
  { name: 'home', path: '/' },
  { name: 'section', path: '/finance' },
  { name: 'article', path: '/articles/istanbul-talks-inch-towards-a-ceasefire' },
  { name: 'tag', path: '/tags/diplomacy' },
];

type Row = { name: string; rps: number; p50: number; p99: number; kb: number; failed: number; ratio?: number };

function measure(url: string, connections: number, duration = SECONDS): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, headers: BROWSER }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function row(name: string, url: string, connections: number): Promise<Row> {
  const r = await measure(url, connections);
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    kb: r.requests.total ? r.throughput.total / r.requests.total / 1024 : 0,
    failed: r.non2xx + r.errors + r.timeouts,
  };
}

function print(title: string, rows: Row[]) {
  console.log(`\n${title}`);
  console.log('page'.padEnd(26), 'KB'.padStart(6), 'req/s'.padStart(8), 'p50 ms'.padStart(7), 'p99 ms'.padStart(7), 'ratio'.padStart(6), 'failed'.padStart(7));
  for (const r of rows)
    console.log(
      r.name.padEnd(26),
      r.kb.toFixed(1).padStart(6),
      r.rps.toFixed(0).padStart(8),
      String(r.p50).padStart(7),
      String(r.p99).padStart(7),
      (r.ratio === undefined ? '' : r.ratio.toFixed(2)).padStart(6),
      String(r.failed).padStart(7),
    );
}

function instancePids(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone
    }
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      queue.push(child);
      found.push(child);
    }
  }
  return found.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('http-server.mjs');
    } catch {
      return false;
    }
  });
}

const peakRssMb = (pid: number) => Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

/** A second nginx that serves each page's bytes as a file, compressed ahead (the limit). */
async function startLimitServer(files: Map<string, string>): Promise<ChildProcess> {
  const dir = path.join(DATA_DIR, 'limit');
  mkdirSync(path.join(dir, 'www'), { recursive: true });
  for (const [name, html] of files) {
    writeFileSync(path.join(dir, 'www', `${name}.html`), html);
    writeFileSync(path.join(dir, 'www', `${name}.html.gz`), gzipSync(html, { level: 6 }));
  }
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${dir}/temp-${kind};`);
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes auto;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 4096; }',
      'http {',
      '    include /etc/nginx/mime.types;',
      '    access_log off;',
      '    sendfile on;',
      '    keepalive_requests 10000;',
      ...temps,
      `    server { listen 127.0.0.1:${LIMIT_PORT}; root ${dir}/www; gzip_static on; gzip_vary on; }`,
      '}',
      '',
    ].join('\n'),
  );
  const nginx = spawn(existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx', ['-c', path.join(dir, 'nginx.conf')], { stdio: 'inherit' });
  await waitFor(`http://127.0.0.1:${LIMIT_PORT}/${[...files.keys()][0]}.html`);
  return nginx;
}

async function main() {
  if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    console.error('Run `npm run build` before `npm run bench:cluster`.');
    process.exit(1);
  }
  if (spawnSync('sh', ['-c', 'command -v nginx || test -x /usr/sbin/nginx']).status !== 0) {
    console.error('nginx is not installed (Debian: apt-get install -y nginx).');
    process.exit(1);
  }
  rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(DATA_DIR, { recursive: true });
  const cluster = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/cluster.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      NEWSHUB_DATA_DIR: DATA_DIR,
      DATABASE_URL: '',
      SITE_URL: NGINX,
      REDIS_KEY_PREFIX: `bench-${Date.now()}:`,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cluster.stdout!.on('data', () => undefined);
  let limit: ChildProcess | undefined;
  try {
    await waitFor(`${NGINX}/about`);
    await waitFor(`${DIRECT}/about`);
    const files = new Map<string, string>();
    for (const page of pages) files.set(page.name, await (await fetch(`${DIRECT}${page.path}`)).text());
    limit = await startLimitServer(files);
    // Warm every page on both paths (and every instance's caches through nginx).
    for (const page of [...pages, { name: 'static', path: '/about' }]) {
      await measure(`${NGINX}${page.path}`, 10, 2);
      await measure(`${DIRECT}${page.path}`, 10, 2);
    }
    for (const connections of [10, 100]) {
      const viaNginx: Row[] = [];
      for (const page of pages) {
        const limitRow = await row(`${page.name}, static file`, `http://127.0.0.1:${LIMIT_PORT}/${page.name}.html`, connections);
        const proxied = await row(`${page.name} via nginx`, `${NGINX}${page.path}`, connections);
        viaNginx.push(limitRow, { ...proxied, ratio: proxied.rps / limitRow.rps });
      }
      print(`Through nginx, ${connections} connections, as browsers ask (ratio to the same bytes as a static file; target ≥ 0.8)`, viaNginx);
      const staticRow = await row('static page (/about)', `${DIRECT}/about`, connections);
      const direct = [staticRow];
      for (const page of pages) direct.push(await row(`${page.name} direct`, `${DIRECT}${page.path}`, connections));
      print(
        `One instance directly, ${connections} connections, as browsers ask (ratio to its static page; target ≥ 0.5)`,
        direct.map((r) => ({ ...r, ratio: r.rps / staticRow.rps })),
      );
    }
    const rss = instancePids(cluster.pid!).map(peakRssMb);
    console.log(`\nPeak RSS per instance: ${rss.map((mb) => `${mb} MB`).join(', ')} (target ≤ 350 MB)`);
  } finally {
    limit?.kill('SIGQUIT');
    cluster.kill('SIGTERM');
    await new Promise((r) => cluster.once('exit', r));
  }
}

void main();
