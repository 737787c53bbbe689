/**
 * Runs production web servers (server/http-server.mjs) against a prepared database and supervises them:
 * a web server that dies is started again (with back-off), and so is the embedded PostgreSQL when this
 * process started it. SIGINT/SIGTERM stop them all cleanly. Used by `npm start` and `npm run cluster`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { embeddedServerAlive, restartEmbeddedServer, type EmbeddedServer } from '../db/embedded';
import { env } from '../lib/env';

export function requireBuild(): void {
  if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    console.error('No production build found. Run `npm run build` first (or `npm run demo` to build and start).');
    process.exit(1);
  }
}

type Options = { url: string; embedded: boolean; port: number; server?: EmbeddedServer; extraEnv?: Record<string, string> };

/** Back-off before the next restart: 0.5 s doubling to 30 s; a server that stayed up a minute starts the count again. */
export function restartDelay(failures: number): number {
  return Math.min(30_000, 500 * 2 ** Math.max(0, failures - 1));
}

const STABLE_MS = 60_000;

/**
 * The web server's JavaScript heap, in MB (NEWSHUB_HEAP_MB). Without a ceiling V8 lets a busy server's
 * heap grow to twice what it holds before collecting: 650 MB under 100 connections, against about 300 MB
 * at this one for the same throughput. The in-memory caches are bounded well inside it (server/README.md).
 */
const DEFAULT_HEAP_MB = 256;

export type Supervised = { stop: () => Promise<void> };

/**
 * Runs one production web server (server/http-server.mjs) and starts it again, with back-off, when it
 * dies. One that stops before it was ever ready has a problem a restart will not fix: `onFatal` is called.
 */
export function superviseWebServer(options: { port: number; env: Record<string, string>; name?: string; onFatal: (code: number) => void }): Supervised {
  const httpServer = path.join(process.cwd(), 'server', 'http-server.mjs');
  const label = options.name ? `[${options.name}] ` : '';
  let child: ChildProcess | undefined;
  let everReady = false;
  let failures = 0;
  let startedAt = 0;
  let stopping = false;

  const start = () => {
    startedAt = Date.now();
    child = spawn(process.execPath, [`--max-old-space-size=${env.NEWSHUB_HEAP_MB ?? DEFAULT_HEAP_MB}`, httpServer], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, ...options.env, NODE_ENV: 'production', PORT: String(options.port) },
    });
    child.on('message', (message) => {
      if (message === 'ready') everReady = true;
    });
    child.on('exit', (code, signal) => {
      if (stopping) return;
      if (!everReady) {
        console.error(`${label}The web server stopped before it was ready (${signal ?? `exit code ${code}`}).`);
        options.onFatal(code ?? 1);
        return;
      }
      failures = Date.now() - startedAt > STABLE_MS ? 1 : failures + 1;
      const delay = restartDelay(failures);
      console.error(`[supervisor] ${label}the web server stopped (${signal ?? `exit code ${code}`}); starting it again in ${(delay / 1000).toFixed(1)} s`);
      // Not unref'd: with the child gone (and no embedded database to watch) this timer is all that
      // keeps the supervisor alive until the server is started again.
      setTimeout(() => {
        if (!stopping) start();
      }, delay);
    });
  };
  start();

  return {
    async stop() {
      stopping = true;
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      running.kill('SIGTERM');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          running.kill('SIGKILL');
          resolve();
        }, 10_000);
        running.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

/**
 * Watches the embedded PostgreSQL this process started and starts it again when it dies (one found
 * running belongs to another process and is left alone).
 */
export function watchEmbeddedDatabase(server: EmbeddedServer | undefined): Supervised {
  let database = server;
  let restarting = false;
  let stopping = false;
  const watch =
    database?.owned &&
    setInterval(() => {
      if (stopping || restarting || embeddedServerAlive()) return;
      restarting = true;
      console.error('[supervisor] the embedded PostgreSQL stopped; starting it again');
      restartEmbeddedServer(database!.port)
        .then((restarted) => {
          database = restarted;
          console.error(`[supervisor] the embedded PostgreSQL is back on port ${restarted.port}`);
        })
        .catch((error) => console.error(`[supervisor] the embedded PostgreSQL could not be started again: ${error instanceof Error ? error.message : error}`))
        .finally(() => {
          restarting = false;
        });
    }, 2_000);
  if (watch) watch.unref();
  return {
    async stop() {
      stopping = true;
      if (watch) clearInterval(watch);
      await database?.stop();
    },
  };
}

/** Stops everything in order on SIGINT/SIGTERM (or a fatal error), then exits. */
export function stopAllOnSignal(parts: () => Supervised[]): (code: number) => Promise<void> {
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const part of parts()) await part.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  return shutdown;
}

/** `npm start`: one web server on PORT against the prepared database, both supervised. */
export function serveNext(options: Options) {
  const env = {
    ...options.extraEnv,
    DATABASE_URL: options.url,
    NEWSHUB_EMBEDDED: options.embedded ? '1' : '0',
  };
  const parts: Supervised[] = [];
  const shutdown = stopAllOnSignal(() => parts);
  parts.push(superviseWebServer({ port: options.port, env, onFatal: (code) => void shutdown(code) }));
  parts.push(watchEmbeddedDatabase(options.server));
  console.log(`NewsHub on http://localhost:${options.port} (${options.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'})`);
}
