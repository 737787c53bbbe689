/**
 * `npm run cluster`: NewsHub as it runs at scale, on one machine. N instances of the production server
 * (CLUSTER_INSTANCES, default 2) on the ports after PORT, sharing one database (DATABASE_URL, or the
 * embedded PostgreSQL with its demo content) and one Redis (REDIS_URL, default the machine's
 * redis://127.0.0.1:6379), with nginx on PORT in front using the shipped configuration
 * (deploy/nginx/newshub.conf.template). Ctrl-C stops them all.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { env } from '../lib/env';
import { dataRoot } from '../db/embedded';
import { renderSiteConfig } from '../deploy/render-nginx-config.mjs';
import { prepareDatabase } from './prepare-database';
import { requireBuild, stopAllOnSignal, superviseWebServer, watchEmbeddedDatabase, type Supervised } from './serve';

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

function nginxBinary(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx']) if (existsSync(candidate)) return candidate;
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  console.error('nginx is not installed. On Debian: apt-get install -y nginx (it is run with its own configuration, not as a service).');
  process.exit(1);
}

function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port || 6379), hostname || '127.0.0.1');
    socket.setTimeout(1_000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The whole nginx.conf for this machine: the shipped site file, with logs and temporary files under `dir`. */
function nginxMainConfig(dir: string, brotli: boolean): string {
  const lines = [
    ...(brotli ? [`load_module ${BROTLI_MODULE};`] : []),
    'daemon off;',
    'worker_processes auto;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 4096; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    access_log off;',
    '    sendfile on;',
    '    keepalive_requests 10000;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${dir}/temp-${kind};`),
    `    include ${dir}/newshub.conf;`,
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

async function main() {
  requireBuild();
  const nginx = nginxBinary();
  const port = env.PORT ?? 3000;
  const count = env.CLUSTER_INSTANCES ?? 2;
  const redisUrl = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (!(await redisAnswers(redisUrl))) {
    console.error(`No Redis answers at ${redisUrl}. Start one, or set REDIS_URL: the instances share their cache through it.`);
    process.exit(1);
  }

  const db = await prepareDatabase({ seed: 'auto' });
  if (db.seeded && db.seeded.articles > 0) console.log(`Seeded demo content: ${db.seeded.articles} articles, ${db.seeded.comments} comments.`);

  const dir = path.join(dataRoot(), 'cluster');
  rmSync(path.join(dir, 'cache'), { recursive: true, force: true });
  for (const sub of ['cache', 'temp-client_body', 'temp-proxy', 'temp-fastcgi', 'temp-uwsgi', 'temp-scgi']) mkdirSync(path.join(dir, sub), { recursive: true });
  const brotli = existsSync(BROTLI_MODULE);
  const upstreams = Array.from({ length: count }, (_, i) => `127.0.0.1:${port + 1 + i}`);
  const site = renderSiteConfig({ listen: String(port), upstreams, cacheDir: path.join(dir, 'cache'), brotli });
  writeFileSync(path.join(dir, 'newshub.conf'), site);
  writeFileSync(path.join(dir, 'nginx.conf'), nginxMainConfig(dir, brotli));
  const check = spawnSync(nginx, ['-t', '-q', '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) {
    console.error(`nginx does not accept the configuration:\n${check.stderr}`);
    process.exit(1);
  }

  const parts: Supervised[] = [];
  const shutdown = stopAllOnSignal(() => parts);
  const siteUrl = env.SITE_URL ?? `http://localhost:${port}`;
  const instanceEnv = {
    DATABASE_URL: db.url,
    NEWSHUB_EMBEDDED: db.embedded ? '1' : '0',
    REDIS_URL: redisUrl,
    SITE_URL: siteUrl,
    // nginx on this machine is the only proxy whose X-Forwarded-For counts.
    TRUST_PROXY: env.TRUST_PROXY ?? '127.0.0.1',
  };
  const instances = upstreams.map((_, i) =>
    superviseWebServer({
      port: port + 1 + i,
      env: instanceEnv,
      name: `instance ${i + 1}`,
      onFatal: (code) => void shutdown(code),
    }),
  );
  // Stopped together: each finishes the requests it has in flight.
  parts.push({ stop: async () => void (await Promise.all(instances.map((instance) => instance.stop()))) });

  const proxy: ChildProcess = spawn(nginx, ['-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
  proxy.on('exit', (code, signal) => {
    console.error(`nginx stopped (${signal ?? `exit code ${code}`}); see ${path.join(dir, 'error.log')}`);
    void shutdown(1);
  });
  parts.unshift({
    async stop() {
      if (proxy.exitCode !== null || proxy.signalCode !== null) return;
      proxy.removeAllListeners('exit');
      await new Promise<void>((resolve) => {
        proxy.once('exit', () => resolve());
        proxy.kill('SIGQUIT'); // graceful: finish the requests in flight
        setTimeout(() => proxy.kill('SIGKILL'), 5_000).unref();
      });
    },
  });
  parts.push(watchEmbeddedDatabase(db.server));

  console.log(
    `NewsHub cluster on ${siteUrl}: nginx on port ${port} in front of ${count} instance${count === 1 ? '' : 's'} (${upstreams.join(', ')}), ` +
      `${db.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}, Redis at ${redisUrl}${brotli ? ', brotli' : ''}. Ctrl-C stops everything.`,
  );
}

void main();
