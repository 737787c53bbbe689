import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A second NewsHub instance on the Playwright server's database, with settings of its own (sign-in
 * services switched on, say): the production server, as `npm start` runs it.
 */
export async function startInstance(port: number, extraEnv: Record<string, string>) {
  const dataDir = process.env.NEWSHUB_DATA_DIR ?? '.data/test';
  const databaseUrl = readFileSync(path.join(dataDir, 'e2e-database-url'), 'utf8').trim();
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, [path.join('server', 'http-server.mjs')], {
    env: {
      ...process.env,
      ...extraEnv,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-only-secret-0123456789abcdef0123456789abcdef',
    },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the second instance stopped (exit code ${child.exitCode})`);
    try {
      if ((await fetch(`${url}/about`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the second instance did not start within a minute');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
