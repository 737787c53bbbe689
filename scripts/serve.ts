/** Runs the production server (scripts/http-server.mjs) against a prepared database and stops both cleanly on SIGINT/SIGTERM. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { EmbeddedServer } from '../db/embedded';

export function requireBuild(): void {
  if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    console.error('No production build found. Run `npm run build` first (or `npm run demo` to build and start).');
    process.exit(1);
  }
}

export function serveNext(options: { url: string; embedded: boolean; port: number; server?: EmbeddedServer; extraEnv?: Record<string, string> }) {
  const httpServer = path.join(process.cwd(), 'scripts', 'http-server.mjs');
  const child = spawn(process.execPath, [httpServer], {
    stdio: 'inherit',
    env: {
      ...process.env,
      ...options.extraEnv,
      NODE_ENV: 'production',
      PORT: String(options.port),
      DATABASE_URL: options.url,
      NEWSHUB_EMBEDDED: options.embedded ? '1' : '0',
    },
  });
  console.log(`NewsHub on http://localhost:${options.port} (${options.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'})`);

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    await options.server?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  child.on('exit', (code) => void shutdown(code ?? 1));
}
