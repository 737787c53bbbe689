/**
 * `npm start`: the production path. Starts (or finds) the embedded PostgreSQL when DATABASE_URL is unset,
 * migrates, seeds the demo content on the embedded database, then runs `next start` on PORT.
 * SIGINT/SIGTERM stop the server and then the embedded database.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { env } from '../lib/env';
import { prepareDatabase } from './prepare-database';

async function main() {
  if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    console.error('No production build found. Run `npm run build` first (or `npm run demo` to build and start).');
    process.exit(1);
  }

  const db = await prepareDatabase({ seed: 'auto' });
  if (db.seeded && db.seeded.articles > 0)
    console.log(`Seeded demo content: ${db.seeded.articles} articles, ${db.seeded.comments} comments.`);

  const port = String(env.PORT ?? 3000);
  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [nextBin, 'start', '-p', port], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: db.url, NEWSHUB_EMBEDDED: db.embedded ? '1' : '0' },
  });
  console.log(`NewsHub on http://localhost:${port} (${db.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'})`);

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
    await db.server?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  child.on('exit', (code) => void shutdown(code ?? 1));
}

void main();
