/**
 * `npm run bench:live`: the live stream at scale on one instance. Opens LIVE_CLIENTS (default 2,000)
 * event streams on one article, as that many open pages would; then, COMMENTS times, commits a comment
 * on the article and times its arrival at every client (from just before the INSERT is sent, so the
 * commit is included). Prints p50/p99/max of all arrivals, the clients that missed one, and the
 * server's RSS before the clients connected, with them connected, and its peak. Targets: p99 ≤ 2 s,
 * RSS growth ≤ 200 MB. Requires `npm run build` first; never run in CI.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { waitFor } from './support/wait-for';

const PORT = Number(process.env.BENCH_PORT ?? 3700);
const CLIENTS = Number(process.env.LIVE_CLIENTS ?? 2000);
const COMMENTS = Number(process.env.LIVE_COMMENTS ?? 20);
const DATA_DIR = path.resolve('.data/bench-live');
const ORIGIN = `http://127.0.0.1:${PORT}`;

process.env.NEWSHUB_DATA_DIR = DATA_DIR;
process.env.DATABASE_URL = '';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function serverPid(root: number): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const env = readFileSync(`/proc/${entry}/environ`, 'utf8');
      if (cmd.includes('http-server.mjs') && env.includes(`PORT=${PORT}\0`)) return Number(entry);
    } catch {
      // gone, or not ours
    }
  }
  void root;
  return null;
}

const memory = (pid: number, field: 'VmRSS' | 'VmHWM') =>
  Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

type Client = { request: http.ClientRequest; buffer: string; seen: Map<number, number> };

function openClient(articleId: number): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client: Client = { request: null as unknown as http.ClientRequest, buffer: '', seen: new Map() };
    client.request = http.get(`${ORIGIN}/api/live?article=${articleId}`, { agent: false, headers: { accept: 'text/event-stream' } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`stream answered ${response.statusCode}`));
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        const now = Date.now();
        client.buffer += chunk;
        let end: number;
        while ((end = client.buffer.indexOf('\n\n')) !== -1) {
          const frame = client.buffer.slice(0, end);
          client.buffer = client.buffer.slice(end + 2);
          const match = /"type":"comment","articleId":\d+,"id":(\d+)/.exec(frame);
          if (match) client.seen.set(Number(match[1]), now);
        }
      });
      resolve(client);
    });
    client.request.on('error', reject);
  });
}

async function main() {
  const { prepareDatabase } = await import('../scripts/prepare-database');
  const pg = await import('pg');
  rmSync(DATA_DIR, { recursive: true, force: true });
  const db = await prepareDatabase({ seed: 'auto' });
  const sql = new pg.default.Client({ connectionString: db.url });
  await sql.connect();
  const server = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: db.url, NEWSHUB_DATA_DIR: DATA_DIR },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const clients: Client[] = [];
  try {
    await waitFor(`${ORIGIN}/about`);
    const pid = serverPid(server.pid!);
    if (!pid) throw new Error('could not find the server process');
    const { rows } = await sql.query<{ id: number }>(`select id from articles where status = 'published' order by published_at desc limit 1`);
    const { rows: people } = await sql.query<{ id: string }>(`select id from users where role = 'reader' limit 1`);
    const articleId = rows[0]!.id;
    // Warm the stream's code path and the server's caches.
    clients.push(await openClient(articleId));
    await sleep(1_000);
    const before = memory(pid, 'VmRSS');

    for (let i = clients.length; i < CLIENTS; i += 100) {
      const batch = await Promise.all(Array.from({ length: Math.min(100, CLIENTS - i) }, () => openClient(articleId)));
      clients.push(...batch);
    }
    await sleep(2_000);
    const connected = memory(pid, 'VmRSS');

    const latencies: number[] = [];
    let missed = 0;
    for (let n = 0; n < COMMENTS; n++) {
      const sent = Date.now();
      const { rows: inserted } = await sql.query<{ id: number }>(
        `insert into comments (article_id, user_id, body, status) values ($1, $2, $3, 'published') returning id`,
        [articleId, people[0]!.id, `Reading along from the bench, comment ${n + 1} of ${COMMENTS}.`],
      );
      const id = inserted[0]!.id;
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && clients.some((c) => !c.seen.has(id))) await sleep(20);
      for (const c of clients) {
        const at = c.seen.get(id);
        if (at === undefined) missed += 1;
        else latencies.push(at - sent);
      }
      await sleep(500);
    }
    const after = memory(pid, 'VmRSS');
    const peak = memory(pid, 'VmHWM');
    latencies.sort((a, b) => a - b);
    console.log(`\nLive stream, one instance, ${clients.length} clients on one article, ${COMMENTS} comments`);
    console.log('arrivals'.padEnd(12), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'max ms'.padStart(8), 'missed'.padStart(8));
    console.log(
      String(latencies.length).padEnd(12),
      String(quantile(latencies, 0.5)).padStart(8),
      String(quantile(latencies, 0.99)).padStart(8),
      String(latencies[latencies.length - 1]).padStart(8),
      String(missed).padStart(8),
    );
    console.log(`\nServer RSS: ${before} MB before the clients, ${connected} MB with them connected, ${after} MB after the comments; peak ${peak} MB`);
    console.log(`Growth with ${clients.length} clients: ${Math.max(connected, after) - before} MB (target ≤ 200 MB); p99 target ≤ 2,000 ms`);
  } finally {
    for (const c of clients) c.request.destroy();
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
