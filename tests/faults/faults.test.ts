/**
 * NewsHub under faults, run the way `npm start` runs it (supervisor, production server, embedded
 * PostgreSQL) on a data folder of its own: the database paused, the web server killed during writes,
 * the database killed. Needs the production build and the embedded database (it pauses and kills
 * PostgreSQL's processes), so it runs only without DATABASE_URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alive, descendants, findDescendant, signal } from './support/processes';
import { formFields } from './support/forms';
import { readEventStream } from '../support/event-stream';

const PORT = Number(process.env.FAULTS_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = path.resolve('.data/faults');
const LOG = path.join(DATA_DIR, 'server.log');
const ARTICLE = '/articles/istanbul-talks-inch-towards-a-ceasefire';
const EDITOR = { email: 'editor@newshub.test', password: 'newsroom-editor-2026' };

let supervisor: ChildProcess;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A GET that gives up after `ms`: the test fails rather than hangs when a page hangs. */
async function get(pathname: string, ms = 6_000, init: RequestInit = {}): Promise<{ status: number; text: string }> {
  const response = await fetch(`${BASE}${pathname}`, { redirect: 'manual', signal: AbortSignal.timeout(ms), ...init });
  return { status: response.status, text: await response.text() };
}

async function until<T>(what: string, deadlineMs: number, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    try {
      const result = await probe();
      if (result !== null) return result;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${deadlineMs / 1000} s`);
    await sleep(200);
  }
}

const pagesAnswer = (pathname: string) => async () => {
  const answer = await get(pathname, 2_000);
  return answer.status === 200 && !/temporarily unavailable/i.test(answer.text) ? true : null;
};

function postmasterPid(): number {
  return Number(readFileSync(path.join(DATA_DIR, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

function databaseUrl(): string {
  const port = Number(readFileSync(path.join(DATA_DIR, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]);
  return `postgres://postgres:newshub-local@127.0.0.1:${port}/newshub`;
}

/** Signs in through Auth.js's credentials endpoint; returns the Cookie header of the session. */
async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: csrfCookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: '/' }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('authjs.session-token='));
  if (!session) throw new Error(`sign-in failed: ${response.status}`);
  return session.split(';')[0]!;
}

beforeAll(async () => {
  rmSync(DATA_DIR, { recursive: true, force: true });
  const { mkdirSync } = await import('node:fs');
  mkdirSync(DATA_DIR, { recursive: true });
  const log = openSync(LOG, 'w');
  supervisor = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(PORT),
      NEWSHUB_DATA_DIR: DATA_DIR,
      SITE_URL: BASE,
      AUTH_SECRET: 'faults-suite-secret-0123456789abcdef0123456789abcdef',
    },
  });
  closeSync(log);
  await until('the server answers', 180_000, async () => {
    if (supervisor.exitCode !== null) throw new Error(`npm start exited (${supervisor.exitCode}):\n${readFileSync(LOG, 'utf8').slice(-2000)}`);
    return pagesAnswer('/about')();
  });
}, 200_000);

afterAll(async () => {
  if (supervisor && supervisor.exitCode === null) {
    const exited = new Promise((resolve) => supervisor.once('exit', resolve));
    supervisor.kill('SIGTERM');
    await Promise.race([exited, sleep(20_000)]);
    if (supervisor.exitCode === null) signal([supervisor.pid!, ...descendants(supervisor.pid!)], 'SIGKILL');
  }
}, 30_000);

describe('the database paused (SIGSTOP)', () => {
  it('keeps cached pages serving, answers database pages within 6 s, says "try again" at sign-in, and recovers by itself', async () => {
    // Cached before the pause: the front page, a section and a story.
    for (const pathname of ['/', '/world', ARTICLE]) {
      await get(pathname);
      expect((await get(pathname)).status, pathname).toBe(200);
    }
    const signInPage = await get('/signin');
    const postgres = [postmasterPid(), ...descendants(postmasterPid())];
    signal(postgres, 'SIGSTOP');
    try {
      for (const pathname of ['/', '/world', ARTICLE]) expect((await get(pathname, 3_000)).status, `${pathname} while paused`).toBe(200);
      // Never rendered before, so they need the database: an answer, not a hang. A story is a 5xx for
      // crawlers; search (never indexed) streams its frame first and says so in the page.
      const story = await get('/articles/brightwells-to-close-31-department-stores-putting-2400-jobs-at-risk', 6_000);
      expect(story.status).toBeGreaterThanOrEqual(500);
      expect(story.text).toMatch(/temporarily unavailable/i);
      const search = await get('/search?q=ceasefire', 6_000);
      expect(search.text).toMatch(/temporarily unavailable/i);
      // The sign-in form, without JavaScript: a "try again", never "email or password is incorrect".
      const form = formFields(signInPage.text, 'Sign in');
      form.set('email', EDITOR.email);
      form.set('password', EDITOR.password);
      const answer = await get('/signin', 8_000, { method: 'POST', body: form });
      expect(answer.text).toMatch(/try again in a moment/);
      expect(answer.text).not.toMatch(/incorrect/);
    } finally {
      signal(postgres, 'SIGCONT');
    }
    await until('database pages work again', 20_000, pagesAnswer('/search?q=ceasefire'));
  }, 60_000);
});

describe('the web server killed with SIGKILL during writes', () => {
  it('is serving again within 10 s, and every acknowledged comment is stored', async () => {
    const cookie = await signIn(EDITOR.email, EDITOR.password);
    const page = await get(ARTICLE);
    const acknowledged: number[] = [];
    let stop = false;
    let n = 0;
    const writer = async () => {
      while (!stop) {
        const form = formFields(page.text, 'Add a comment');
        form.set('body', `Fault drill comment ${++n} at ${Date.now()}`);
        try {
          const response = await fetch(`${BASE}${ARTICLE}`, {
            method: 'POST',
            body: form,
            headers: { cookie },
            redirect: 'manual',
            signal: AbortSignal.timeout(10_000),
          });
          const id = /#comment-(\d+)$/.exec(response.headers.get('location') ?? '')?.[1];
          if (response.status === 303 && id) acknowledged.push(Number(id));
        } catch {
          await sleep(100); // the server is down: not acknowledged, try again
        }
      }
    };
    const writers = [writer(), writer(), writer()];
    await until('a few comments are stored', 20_000, async () => (acknowledged.length >= 5 ? true : null));

    const server = findDescendant(supervisor.pid!, 'http-server.mjs');
    expect(server).not.toBeNull();
    signal([server!], 'SIGKILL');
    const killedAt = Date.now();
    await until('the old server is gone', 5_000, async () => (alive(server!) ? null : true));
    await until('serving again', 10_000, pagesAnswer('/about'));
    expect(Date.now() - killedAt).toBeLessThan(10_000);
    const before = acknowledged.length;
    await until('comments are acknowledged again', 20_000, async () => (acknowledged.length > before + 3 ? true : null));
    stop = true;
    await Promise.all(writers);

    const client = new Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      const stored = await client.query<{ id: number }>('select id from comments where id = any($1::int[])', [acknowledged]);
      expect(stored.rowCount).toBe(new Set(acknowledged).size);
    } finally {
      await client.end();
    }
  }, 90_000);
});

describe('the live stream across a web server killed with SIGKILL', () => {
  it('catches a reconnecting reader up on what was committed while the server was down', async () => {
    const client = new Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: number }>("select id from articles where slug = 'istanbul-talks-inch-towards-a-ceasefire'");
      const { rows: people } = await client.query<{ id: string }>("select id from users where role = 'reader' limit 1");
      const articleId = rows[0]!.id;
      const comment = (body: string) =>
        client.query<{ id: number }>(`insert into comments (article_id, user_id, body, status) values ($1, $2, $3, 'published') returning id`, [
          articleId,
          people[0]!.id,
          body,
        ]);
      // A reader's stream hears one comment; its last event id is where it will resume.
      const stream = `${BASE}/api/live?article=${articleId}`;
      const listening = readEventStream(stream, {}, (frames) => frames.some((f) => f.data.includes('Before the outage')));
      await sleep(500);
      await comment('Before the outage');
      const { frames: heard } = await listening;
      const lastId = Math.max(...heard.map((f) => f.id));

      const server = findDescendant(supervisor.pid!, 'http-server.mjs');
      signal([server!], 'SIGKILL');
      await until('the old server is gone', 5_000, async () => (alive(server!) ? null : true));
      const missed = (await comment('Committed while the server was down')).rows[0]!.id;
      await until('serving again', 15_000, pagesAnswer('/about'));

      const { frames: resumed } = await readEventStream(stream, { 'last-event-id': String(lastId) }, (frames) =>
        frames.some((f) => f.data.includes('while the server was down')),
      );
      const caught = resumed.map((f) => JSON.parse(f.data) as { type: string; id?: number });
      expect(caught.some((m) => m.type === 'comment' && m.id === missed)).toBe(true);
      expect(resumed.every((f) => f.id > lastId)).toBe(true);
    } finally {
      await client.end();
    }
  }, 60_000);
});

describe('page views across a web server stopped with SIGTERM', () => {
  it('writes the views it holds before it exits: none is lost to a restart', async () => {
    const client = new Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: number }>("select id from articles where slug = 'istanbul-talks-inch-towards-a-ceasefire'");
      const held = async () =>
        Number((await client.query<{ n: string }>('select coalesce(sum(views), 0) as n from page_views where article_id = $1', [rows[0]!.id])).rows[0]!.n);
      const before = await held();
      const answers = await Promise.all(
        Array.from({ length: 40 }, () =>
          fetch(`${BASE}/api/views`, {
            method: 'POST',
            body: JSON.stringify({ path: ARTICLE, width: 1280 }),
            headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36' },
          }).then((r) => r.headers.get('x-view')),
        ),
      );
      expect(answers.filter((a) => a === 'counted')).toHaveLength(40);
      // At once, before the next five-second write.
      const server = findDescendant(supervisor.pid!, 'http-server.mjs');
      signal([server!], 'SIGTERM');
      await until('the old server is gone', 10_000, async () => (alive(server!) ? null : true));
      expect((await held()) - before).toBe(40);
      await until('serving again', 15_000, pagesAnswer('/about'));
    } finally {
      await client.end();
    }
  }, 60_000);
});

describe('the embedded database killed with SIGKILL', () => {
  it('is started again by the supervisor, and pages that need it work again without a restart', async () => {
    const postmaster = postmasterPid();
    signal([postmaster], 'SIGKILL');
    await until('the old database is gone', 5_000, async () => (alive(postmaster) ? null : true));
    await until('a database page works again', 45_000, pagesAnswer('/search?q=istanbul'));
    expect(postmasterPid()).not.toBe(postmaster);
    expect(readFileSync(LOG, 'utf8')).toMatch(/embedded PostgreSQL is back/);
  }, 60_000);
});
