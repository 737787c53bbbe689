#!/usr/bin/env node
// @ts-check
/**
 * Writes NewsHub's nginx site file (deploy/nginx/newshub.conf.template with its values filled in) to
 * standard output, for an nginx in front of one or more NewsHub instances:
 *
 *   node deploy/render-nginx-config.mjs --listen 80 --upstream 10.0.0.11:3000 --upstream 10.0.0.12:3000 \
 *     --cache-dir /var/cache/nginx/newshub --server-name news.example.com > /etc/nginx/conf.d/newshub.conf
 *
 * --brotli adds brotli compression (Debian: apt-get install libnginx-mod-http-brotli-filter).
 * Plain Node, no dependencies: it runs on the nginx machine too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TEMPLATE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'nginx', 'newshub.conf.template');

const BROTLI = `    brotli on;
    brotli_comp_level 5;
    brotli_types text/css text/plain text/xml application/javascript application/json application/xml application/rss+xml application/atom+xml image/svg+xml application/manifest+json;
`;

/**
 * @param {{ listen: string; upstreams: string[]; cacheDir: string; serverName?: string; brotli?: boolean }} options
 * @returns {string}
 */
export function renderSiteConfig({ listen, upstreams, cacheDir, serverName = '_', brotli = false }) {
  if (upstreams.length === 0) throw new Error('At least one --upstream (host:port of a NewsHub instance) is needed.');
  for (const value of [listen, cacheDir, serverName, ...upstreams]) {
    if (/[;{}\s#'"]/.test(value)) throw new Error(`Not a value nginx can take as it is: ${JSON.stringify(value)}`);
  }
  const values = {
    LISTEN: listen,
    SERVER_NAME: serverName,
    CACHE_DIR: cacheDir,
    // A failed instance is left alone for a few seconds, then tried again.
    UPSTREAM_SERVERS: upstreams.map((address) => `    server ${address} max_fails=1 fail_timeout=3s;`).join('\n'),
    BROTLI: brotli ? BROTLI : '',
  };
  return readFileSync(TEMPLATE, 'utf8').replace(/\$\{([A-Z_]+)\}/g, (whole, name) =>
    name in values ? values[/** @type {keyof typeof values} */ (name)] : whole,
  );
}

/** @param {string[]} argv */
function parseArguments(argv) {
  /** @type {{ listen: string; upstreams: string[]; cacheDir: string; serverName?: string; brotli: boolean }} */
  const options = { listen: '80', upstreams: [], cacheDir: '/var/cache/nginx/newshub', brotli: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--listen') options.listen = value();
    else if (flag === '--upstream') options.upstreams.push(value());
    else if (flag === '--cache-dir') options.cacheDir = value();
    else if (flag === '--server-name') options.serverName = value();
    else if (flag === '--brotli') options.brotli = true;
    else throw new Error(`Unknown option ${flag}`);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.stdout.write(renderSiteConfig(parseArguments(process.argv.slice(2))));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
