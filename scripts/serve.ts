/**
 * Runs the production server (server/http-server.mjs) against a prepared database and supervises it:
 * a web server that dies is started again (with back-off), and so is the embedded PostgreSQL when this
 * process started it. SIGINT/SIGTERM stop both cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { embeddedServerAlive, restartEmbeddedServer, type EmbeddedServer } from '../db/embedded';

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

export function serveNext(options: Options) {
  const httpServer = path.join(process.cwd(), 'server', 'http-server.mjs');
  let child: ChildProcess | undefined;
  let everReady = false;
  let failures = 0;
  let startedAt = 0;
  let stopping = false;
  let database = options.server;

  const start = () => {
    startedAt = Date.now();
    child = spawn(process.execPath, [httpServer], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: {
        ...process.env,
        ...options.extraEnv,
        NODE_ENV: 'production',
        PORT: String(options.port),
        DATABASE_URL: options.url,
        NEWSHUB_EMBEDDED: options.embedded ? '1' : '0',
      },
    });
    child.on('message', (message) => {
      if (message === 'ready') everReady = true;
    });
    child.on('exit', (code, signal) => {
      if (stopping) return;
      // A server that never came up has a problem a restart will not fix (a port in use, bad settings).
      if (!everReady) {
        console.error(`The web server stopped before it was ready (${signal ?? `exit code ${code}`}).`);
        void shutdown(code ?? 1);
        return;
      }
      failures = Date.now() - startedAt > STABLE_MS ? 1 : failures + 1;
      const delay = restartDelay(failures);
      console.error(`[supervisor] the web server stopped (${signal ?? `exit code ${code}`}); starting it again in ${(delay / 1000).toFixed(1)} s`);
      setTimeout(() => {
        if (!stopping) start();
      }, delay).unref();
    });
  };

  start();
  console.log(`NewsHub on http://localhost:${options.port} (${options.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'})`);

  // The embedded database this process started is watched too; one found running belongs to another process.
  let restartingDatabase = false;
  const watch =
    database?.owned &&
    setInterval(() => {
      if (stopping || restartingDatabase || embeddedServerAlive()) return;
      restartingDatabase = true;
      console.error('[supervisor] the embedded PostgreSQL stopped; starting it again');
      restartEmbeddedServer(database!.port)
        .then((restarted) => {
          database = restarted;
          console.error(`[supervisor] the embedded PostgreSQL is back on port ${restarted.port}`);
        })
        .catch((error) => console.error(`[supervisor] the embedded PostgreSQL could not be started again: ${error instanceof Error ? error.message : error}`))
        .finally(() => {
          restartingDatabase = false;
        });
    }, 2_000);
  if (watch) watch.unref();

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (watch) clearInterval(watch);
    const running = child;
    if (running && running.exitCode === null && running.signalCode === null) {
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
    }
    await database?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
}
