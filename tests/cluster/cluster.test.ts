/**
 * NewsHub at scale on one machine, as `npm run cluster` runs it: nginx with the shipped configuration in
 * front of three instances, the embedded PostgreSQL and a Redis of the suite's own (so that it can be
 * stopped). What editors, readers and an operator would check: changes made through one instance are
 * seen through nginx and on every other instance at once; nobody gets another person's page; a killed
 * instance costs nothing; Redis going away slows pages but never stops them; scheduled stories publish
 * exactly once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEventStream } from '../support/event-stream';
import { descendants, findDescendantWithEnv, signal } from '../faults/support/processes';
import { formFields } from '../faults/support/forms';
import { startPrivateRedis, type PrivateRedis } from '../support/redis-server';

const PORT = Number(process.env.CLUSTER_PORT ?? 3500);
const NGINX = `http://127.0.0.1:${PORT}`;
const INSTANCES = [1, 2, 3].map((i) => `http://127.0.0.1:${PORT + i}`);
const [A, B, C] = INSTANCES as [string, string, string];
const DATA_DIR = path.resolve('.data/cluster-test');
const LOG = path.join(DATA_DIR, 'cluster.log');
const EDITOR = { email: 'editor@newshub.test', password: 'newsroom-editor-2026' };
const STORY = '/articles/istanbul-talks-inch-towards-a-ceasefire';

let cluster: ChildProcess;
let redis: PrivateRedis;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Answer = { status: number; text: string; headers: Headers };

async function get(url: string, init: RequestInit = {}, ms = 8_000): Promise<Answer> {
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(ms), ...init });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

/** Polls until `probe` holds; returns how long it took. */
async function within(what: string, ms: number, probe: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      if (await probe()) return Date.now() - started;
    } catch {
      // not yet
    }
    if (Date.now() - started > ms) throw new Error(`${what}: not within ${ms / 1000} s`);
    await sleep(100);
  }
}

function databaseUrl(): string {
  const port = Number(readFileSync(path.join(DATA_DIR, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]);
  return `postgres://postgres:newshub-local@127.0.0.1:${port}/newshub`;
}

async function sql<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

function cookiesOf(response: Response | Answer): string[] {
  return response.headers.getSetCookie().map((c) => c.split(';')[0]!);
}

/** Signs in through Auth.js's credentials endpoint at `base`; returns the session's Cookie header. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookiesOf(csrf).join('; '), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: '/' }),
  });
  const session = cookiesOf(response).find((c) => c.startsWith('authjs.session-token='));
  if (!session) throw new Error(`sign-in failed: ${response.status}`);
  return session;
}

/** A new reader account, made through the sign-up form as a browser without JavaScript would. */
async function signUp(name: string, email: string): Promise<string> {
  const page = await get(`${NGINX}/signup`);
  const form = formFields(page.text, 'Create an account');
  form.set('name', name);
  form.set('email', email);
  form.set('password', 'a long reader passphrase 2026');
  const response = await fetch(`${NGINX}/signup`, { method: 'POST', body: form, redirect: 'manual' });
  const session = cookiesOf(response).find((c) => c.startsWith('authjs.session-token='));
  if (!session) throw new Error(`sign-up failed: ${response.status}`);
  return session;
}

/** Submits a page's form (as a browser without JavaScript does) to `target`, which may be another instance. */
async function submit(html: string, label: string, target: string, cookie: string, fill: Record<string, string> = {}): Promise<Response> {
  const form = formFields(html, label);
  for (const [name, value] of Object.entries(fill)) form.set(name, value);
  return fetch(target, { method: 'POST', body: form, headers: { cookie }, redirect: 'manual', signal: AbortSignal.timeout(15_000) });
}

async function storyId(slug: string): Promise<number> {
  const [row] = await sql<{ id: number }>('select id from articles where slug = $1', [slug]);
  return row!.id;
}

const shows = (url: string, needle: string) => async () => (await get(url)).text.includes(needle);
const gone = (url: string) => async () => (await get(url)).status === 404;

/** Something left listening on the suite's ports would answer in place of the cluster under test. */
async function portsFree(): Promise<void> {
  for (const base of [NGINX, ...INSTANCES]) {
    const answered = await fetch(`${base}/about`, { signal: AbortSignal.timeout(1_000) }).then(
      () => true,
      () => false,
    );
    if (answered) throw new Error(`${base} already answers: stop what runs there (or set CLUSTER_PORT) before the cluster suite`);
  }
}

beforeAll(async () => {
  await portsFree();
  rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(DATA_DIR, { recursive: true });
  redis = await startPrivateRedis();
  const log = openSync(LOG, 'w');
  cluster = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/cluster.ts'], {
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(PORT),
      CLUSTER_INSTANCES: '3',
      REDIS_URL: redis.url,
      NEWSHUB_DATA_DIR: DATA_DIR,
      SITE_URL: NGINX,
      AUTH_SECRET: 'cluster-suite-secret-0123456789abcdef0123456789abcdef',
    },
  });
  closeSync(log);
  await within('nginx and three instances answer', 240_000, async () => {
    if (cluster.exitCode !== null) throw new Error(`npm run cluster exited (${cluster.exitCode}):\n${readFileSync(LOG, 'utf8').slice(-2000)}`);
    for (const base of [NGINX, ...INSTANCES]) if ((await get(`${base}/about`, {}, 3_000)).status !== 200) return false;
    return true;
  }).catch((error) => {
    throw new Error(`${error instanceof Error ? error.message : error}\n${readFileSync(LOG, 'utf8').slice(-3000)}`);
  });
}, 300_000);

afterAll(async () => {
  if (cluster && cluster.exitCode === null) {
    // Everything it started, found before it stops: whatever is still running afterwards is killed.
    const started = descendants(cluster.pid!);
    const exited = new Promise((resolve) => cluster.once('exit', resolve));
    cluster.kill('SIGTERM');
    await Promise.race([exited, sleep(30_000)]);
    signal([cluster.pid!, ...started], 'SIGKILL');
  }
  await redis?.stop();
}, 60_000);

describe('nginx in front', () => {
  it('serves reader pages from its micro-cache, compressed, and never caches the newsroom or sign-in', async () => {
    await get(`${NGINX}/`, { headers: { 'accept-encoding': 'gzip' } });
    const home = await get(`${NGINX}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(home.status).toBe(200);
    expect(home.headers.get('x-cache-status')).toMatch(/HIT|UPDATING|STALE/);
    expect(home.headers.get('content-encoding')).toBe('gzip');
    // Brotli for browsers that take it; each encoding is cached apart, so nobody gets one they cannot read.
    await get(`${NGINX}/`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    const brotli = await get(`${NGINX}/`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.text).toContain('</html>');
    expect((await get(`${NGINX}/`, { headers: { 'accept-encoding': 'gzip' } })).headers.get('content-encoding')).toBe('gzip');
    const plain = await get(`${NGINX}/`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.text).toContain('</html>');
    // HTML and the RSC payload of the same URL are kept apart.
    // (Next.js first answers an RSC request with the address its cache-busting parameter must have.)
    const busted = (await get(`${NGINX}/`, { headers: { rsc: '1' } })).headers.get('location') ?? '/';
    await get(`${NGINX}${busted}`, { headers: { rsc: '1' } });
    const rsc = await get(`${NGINX}${busted}`, { headers: { rsc: '1' } });
    expect(rsc.headers.get('content-type')).toMatch(/text\/x-component/);
    expect((await get(`${NGINX}${busted}`)).headers.get('content-type')).toMatch(/text\/html/);
    expect((await get(`${NGINX}/`)).headers.get('content-type')).toMatch(/text\/html/);
    for (const pathname of ['/admin', '/signin', '/api/viewer']) {
      await get(`${NGINX}${pathname}`);
      expect((await get(`${NGINX}${pathname}`)).headers.get('x-cache-status'), pathname).not.toBe('HIT');
    }
    const asset = /\/_next\/static\/[^"]+\.js/.exec(home.text)?.[0] ?? /\/_next\/static\/[^"]+\.js/.exec((await get(`${NGINX}/`)).text)![0];
    await get(`${NGINX}${asset}`);
    const cached = await get(`${NGINX}${asset}`);
    expect(cached.headers.get('cache-control')).toMatch(/immutable/);
    expect(cached.headers.get('x-cache-status')).toBe('HIT');
  });
});

describe('freshness across instances', () => {
  it('an unpublish through instance A is gone through nginx, from B and from the home page and feed within 2 s; publishing again from a form A rendered, sent to B, brings it back', async () => {
    const editor = await signIn(NGINX, EDITOR.email, EDITOR.password);
    const id = await storyId(STORY.split('/').pop()!);
    const title = (await sql<{ title: string }>('select title from articles where id = $1', [id]))[0]!.title;
    // Every place the story shows is cached first, everywhere.
    for (const base of [NGINX, A, B, C]) {
      for (const pathname of [STORY, '/', '/feed.xml']) {
        await get(`${base}${pathname}`);
        expect((await get(`${base}${pathname}`)).text, `${base}${pathname}`).toContain(title.slice(0, 30));
      }
    }

    const editPage = await get(`${A}/admin/articles/${id}`, { headers: { cookie: editor } });
    const unpublished = await submit(editPage.text, 'Unpublish', `${A}/admin/articles/${id}`, editor);
    expect(unpublished.status).toBeLessThan(400);
    const at = Date.now();
    for (const base of [NGINX, B, C]) expect(await within(`${base}${STORY} gone`, 2_000 - (Date.now() - at), gone(`${base}${STORY}`))).toBeLessThan(2_000);
    expect(Date.now() - at).toBeLessThan(2_000 + 500);
    for (const base of [NGINX, B]) {
      await within(`${base}/ without the story`, 2_000, async () => !(await get(`${base}/`)).text.includes(STORY));
      await within(`${base}/feed.xml without the story`, 2_000, async () => !(await get(`${base}/feed.xml`)).text.includes(STORY));
    }

    // The newsroom page rendered by A, its form sent to B: one build, one Server Action key.
    const again = await get(`${A}/admin/articles/${id}`, { headers: { cookie: editor } });
    const published = await submit(again.text, 'Publish now', `${B}/admin/articles/${id}`, editor);
    expect(published.status).toBeLessThan(400);
    await within('the story is back through nginx', 2_000, shows(`${NGINX}${STORY}`, title.slice(0, 30)));
    await within('the story is back on A', 2_000, shows(`${A}${STORY}`, title.slice(0, 30)));
    await within('the story is back on the home page through nginx', 2_000, shows(`${NGINX}/`, STORY));
  }, 60_000);

  it('a comment posted through nginx is in the Recent Comments of every instance within 5 s', async () => {
    const editor = await signIn(NGINX, EDITOR.email, EDITOR.password);
    for (const base of [NGINX, ...INSTANCES]) await get(`${base}/world`); // sidebars cached everywhere
    const page = await get(`${NGINX}${STORY}`);
    const text = `Cluster check ${Date.now()}: the ceasefire line matters more than the communiqué.`;
    const posted = await submit(page.text, 'Add a comment', `${NGINX}${STORY}`, editor, { body: text });
    expect(posted.status).toBe(303);
    for (const base of [NGINX, ...INSTANCES]) await within(`${base} sidebar`, 5_000, shows(`${base}/world`, text.slice(0, 40)));
  }, 60_000);
});

describe('the live stream', () => {
  it('passes through nginx unbuffered: a comment posted on another instance reaches streams through nginx and on a third instance within 2 s', async () => {
    const articleId = await storyId(STORY.split('/').pop()!);
    const editor = await signIn(NGINX, EDITOR.email, EDITOR.password);
    const text = `Streamed across instances ${Date.now()}`;
    const heard = (frames: { data: string }[]) => frames.some((f) => f.data.includes(text));
    const streams = [NGINX, C].map((base) =>
      readEventStream(`${base}/api/live?article=${articleId}`, { 'accept-encoding': 'gzip, deflate, br' }, heard, 15_000),
    );
    await sleep(1_000);
    const page = await get(`${B}${STORY}`, { headers: { cookie: editor } });
    const posted = await submit(page.text, 'Add a comment', `${B}${STORY}`, editor, { body: text });
    const sentAt = Date.now();
    expect(posted.status).toBe(303);
    for (const stream of streams) {
      const { frames, headers } = await stream;
      expect(heard(frames)).toBe(true);
      expect(headers?.get('content-type')).toMatch(/^text\/event-stream/);
      expect(headers?.get('content-encoding')).toBeNull();
    }
    expect(Date.now() - sentAt).toBeLessThan(2_000);
  }, 60_000);
});

describe('privacy through the cache', () => {
  it('two signed-in readers and a signed-out one never get each other’s name, session or held comment', async () => {
    const stamp = Date.now();
    const people = [
      { name: `Orla Quill ${stamp}`, email: `orla.${stamp}@example.test` },
      { name: `Tomasz Brandt ${stamp}`, email: `tomasz.${stamp}@example.test` },
    ];
    const sessions = [await signUp(people[0]!.name, people[0]!.email), await signUp(people[1]!.name, people[1]!.email)];
    // A new reader's comment with several links is held for review: only its author (and staff) may see it.
    // Nothing of theirs is published, so their names appear on no public page either.
    const held: string[] = [];
    for (const [i, cookie] of sessions.entries()) {
      const page = await get(`${NGINX}${STORY}`, { headers: { cookie } });
      held[i] = `Held remark ${stamp}-${i}: compare https://example.org/one and https://example.org/two`;
      const answer = await submit(page.text, 'Add a comment', `${NGINX}${STORY}`, cookie, { body: held[i]! });
      expect(answer.headers.get('location')).toMatch(/held=1/);
    }
    const visitors = [
      { cookie: sessions[0]!, others: [people[1]!.name, people[1]!.email, held[1]!, sessions[1]!] },
      { cookie: sessions[1]!, others: [people[0]!.name, people[0]!.email, held[0]!, sessions[0]!] },
      { cookie: '', others: [...people.flatMap((p) => [p.name, p.email]), ...held, ...sessions] },
    ];
    const pages = ['/', STORY, '/world', '/comments', '/about', '/account', '/api/viewer', '/api/comments/mine', '/search?q=istanbul'];
    const leaks: string[] = [];
    await Promise.all(
      visitors.map(async (visitor, v) => {
        for (let round = 0; round < 4; round++) {
          for (const pathname of pages) {
            const answer = await get(`${NGINX}${pathname}`, { headers: visitor.cookie ? { cookie: visitor.cookie } : {} });
            const body = answer.text + JSON.stringify([...answer.headers]);
            for (const secret of visitor.others) if (body.includes(secret)) leaks.push(`visitor ${v} got ${secret} from ${pathname}`);
            for (const cookie of cookiesOf(answer))
              if (cookie.startsWith('authjs.session-token=') && cookie !== visitor.cookie) leaks.push(`visitor ${v} was given a session on ${pathname}`);
          }
        }
      }),
    );
    expect(leaks).toEqual([]);
    // And each still sees what is theirs.
    const own = await get(`${NGINX}/account`, { headers: { cookie: sessions[0]! } });
    expect(own.text).toContain(people[0]!.name);
  }, 120_000);
});

describe('an instance killed with SIGKILL under load', () => {
  it('fails under 1% of 20 connections’ requests for 20 s, and every acknowledged comment is stored once', async () => {
    const editor = await signIn(NGINX, EDITOR.email, EDITOR.password);
    const story = await get(`${NGINX}${STORY}`);
    const pages = ['/', '/world', '/finance', STORY, '/comments', '/tags/diplomacy', '/feed.xml'];
    let stop = false;
    let requests = 0;
    const failures: string[] = [];
    const acknowledged: number[] = [];
    const reader = async (n: number) => {
      for (let i = n; !stop; i++) {
        const pathname = pages[i % pages.length]!;
        requests++;
        try {
          const answer = await get(`${NGINX}${pathname}`, {}, 10_000);
          if (answer.status >= 500) failures.push(`${pathname}: ${answer.status}`);
        } catch (error) {
          failures.push(`${pathname}: ${error instanceof Error ? error.message : error}`);
        }
      }
    };
    const writer = async (n: number) => {
      for (let i = 0; !stop; i++) {
        requests++;
        try {
          const response = await submit(story.text, 'Add a comment', `${NGINX}${STORY}`, editor, { body: `Load drill ${n}-${i} at ${Date.now()}` });
          const id = /#comment-(\d+)$/.exec(response.headers.get('location') ?? '')?.[1];
          if (response.status === 303 && id) acknowledged.push(Number(id));
          else failures.push(`comment: ${response.status} ${response.headers.get('location')}`);
        } catch (error) {
          failures.push(`comment: ${error instanceof Error ? error.message : error}`);
        }
      }
    };
    const load = [...Array.from({ length: 18 }, (_, n) => reader(n)), writer(1), writer(2)];
    await sleep(5_000);
    const victim = findDescendantWithEnv(cluster.pid!, 'http-server.mjs', 'PORT', String(PORT + 2));
    expect(victim).not.toBeNull();
    signal([victim!], 'SIGKILL');
    await sleep(15_000);
    stop = true;
    await Promise.all(load);

    expect(requests).toBeGreaterThan(500);
    expect(failures.length / requests, failures.slice(0, 10).join('\n')).toBeLessThan(0.01);
    expect(acknowledged.length).toBeGreaterThan(5);
    const stored = await sql<{ id: number; n: string }>('select id, count(*) over (partition by body) as n from comments where id = any($1::int[])', [
      acknowledged,
    ]);
    expect(stored.length).toBe(new Set(acknowledged).size);
    expect(stored.every((row) => Number(row.n) === 1)).toBe(true);
    // The supervisor starts the killed instance again.
    await within('the killed instance is back', 30_000, async () => (await get(`${B}/about`, {}, 2_000)).status === 200);
  }, 90_000);
});

describe('Redis stopped', () => {
  it('keeps every instance serving from the database, and invalidations work again once it returns', async () => {
    await redis.stop();
    for (const base of [NGINX, ...INSTANCES]) {
      for (const pathname of ['/', STORY, '/finance']) expect((await get(`${base}${pathname}?redis=down`, {}, 8_000)).status, `${base}${pathname}`).toBe(200);
    }
    await redis.start();
    const editor = await signIn(NGINX, EDITOR.email, EDITOR.password);
    const id = await storyId(STORY.split('/').pop()!);
    // Give the instances a moment to reconnect, then take the story down through A and look on C.
    await sleep(3_000);
    await get(`${C}${STORY}`);
    const editPage = await get(`${A}/admin/articles/${id}`, { headers: { cookie: editor } });
    expect((await submit(editPage.text, 'Unpublish', `${A}/admin/articles/${id}`, editor)).status).toBeLessThan(400);
    await within('gone from C', 2_000, gone(`${C}${STORY}`));
    const again = await get(`${A}/admin/articles/${id}`, { headers: { cookie: editor } });
    expect((await submit(again.text, 'Publish now', `${A}/admin/articles/${id}`, editor)).status).toBeLessThan(400);
    await within('back on C', 2_000, async () => (await get(`${C}${STORY}`)).status === 200);
  }, 90_000);
});

describe('the scheduler on three instances', () => {
  it('publishes a due story exactly once, with one audit entry, and every instance shows it', async () => {
    const [story] = await sql<{ id: number; slug: string }>(
      "update articles set status = 'scheduled', published_at = now() + interval '2 seconds' where id = (select id from articles where status = 'published' order by published_at asc limit 1) returning id, slug",
    );
    const before = await sql<{ n: string }>("select count(*) as n from audit_log where action = 'article.publish' and target_id = $1", [String(story!.id)]);
    await within('the story is published by the scheduler', 45_000, async () => {
      const [row] = await sql<{ status: string }>('select status from articles where id = $1', [story!.id]);
      return row!.status === 'published';
    });
    await sleep(25_000); // every instance has ticked at least once more
    const after = await sql<{ n: string }>("select count(*) as n from audit_log where action = 'article.publish' and target_id = $1", [String(story!.id)]);
    expect(Number(after[0]!.n) - Number(before[0]!.n)).toBe(1);
    for (const base of [NGINX, ...INSTANCES])
      await within(`${base} shows it`, 5_000, async () => (await get(`${base}/articles/${story!.slug}`)).status === 200);
  }, 90_000);
});

describe('page views on three instances', () => {
  it('add up exactly in the database within seconds, however the beacons were spread', async () => {
    const slug = STORY.split('/').pop()!;
    const id = await storyId(slug);
    const held = async () => Number((await sql<{ n: string }>('select coalesce(sum(views), 0) as n from page_views where article_id = $1', [id]))[0]!.n);
    const before = await held();
    const beacon = JSON.stringify({ path: STORY, referrer: 'https://www.google.com/', width: 390 });
    const send = (base: string, reader: number) =>
      fetch(`${base}/api/views`, {
        method: 'POST',
        body: beacon,
        headers: {
          'content-type': 'text/plain;charset=UTF-8',
          'user-agent': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
          // Straight to an instance, the address of one of many readers; through nginx, nginx's own.
          'x-forwarded-for': `10.9.${reader >> 8}.${reader & 255}`,
        },
      }).then((r) => r.headers.get('x-view'));
    const answers = await Promise.all([
      ...INSTANCES.flatMap((base, i) => Array.from({ length: 100 }, (_, n) => send(base, i * 100 + n))),
      ...Array.from({ length: 50 }, (_, n) => send(NGINX, 1000 + n)),
    ]);
    expect(answers.filter((a) => a === 'counted')).toHaveLength(350);
    await within('every instance has written its views', 15_000, async () => (await held()) - before === 350);
    await sleep(6_000); // one more flush on every instance: nothing is written twice
    expect((await held()) - before).toBe(350);
  }, 60_000);
});
