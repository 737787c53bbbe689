/**
 * The HTTP suite runs against the production build served the way `npm start` serves it
 * (server/http-server.mjs), on a fresh, seeded database of its own. Its output goes to a log file
 * that tests may read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, closeSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freshTestDatabase } from '../../../scripts/test-database';
import { HTTP_SUITE_SECRET } from './constants';

let server: ChildProcess | undefined;
let stopDatabase: (() => Promise<void>) | undefined;

async function waitForServer(baseUrl: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before it answered.`);
    try {
      const response = await fetch(`${baseUrl}/about`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer on ${baseUrl} within ${timeoutMs / 1000} s.`);
}

export async function setup(project: TestProject) {
  const db = await freshTestDatabase('http');
  stopDatabase = db.server?.owned ? db.server.stop : undefined;
  const port = Number(process.env.HTTP_SUITE_PORT ?? 3300);
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = path.resolve(process.env.NEWSHUB_DATA_DIR ?? '.data/test');
  mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(dataDir, 'http-suite-server.log');
  const log = openSync(logFile, 'w');
  server = spawn(process.execPath, [path.resolve('server/http-server.mjs')], {
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: db.url,
      SITE_URL: baseUrl,
      AUTH_SECRET: HTTP_SUITE_SECRET,
      NEWSHUB_EMBEDDED: '0',
    },
  });
  closeSync(log);
  await waitForServer(baseUrl, server);
  project.provide('databaseUrl', db.url);
  project.provide('baseUrl', baseUrl);
  project.provide('serverLog', logFile);
}

export async function teardown() {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  await stopDatabase?.();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    serverLog: string;
  }
}
