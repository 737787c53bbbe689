import { describe, expect, it } from 'vitest';
import { eq, count } from 'drizzle-orm';
import { getDb, schema, createArticle, createComment, currentUserFor } from '../support/db';
import { createAccount, verifyCredentials, deleteAccount, changePassword } from '@/lib/dal/users';
import { POLICY } from '@/lib/dal/throttle';
import { signUpSchema, safeReturnPath } from '@/lib/validation/account';
import { getThread } from '@/lib/dal/comments';

const unique = () => `acct${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

describe('sign-up', () => {
  it('normalises emails: one account across case and spaces, also when two sign-ups race', async () => {
    const id = unique();
    const variants = [`  ${id.toUpperCase()}@Example.COM `, `${id}@example.com`, `${id}@EXAMPLE.com`];
    const parsed = variants.map((email) => signUpSchema.parse({ name: 'Racer', email, password: 'a-long-enough-passphrase' }));
    expect(new Set(parsed.map((p) => p.email)).size).toBe(1);
    const results = await Promise.all(parsed.map((p) => createAccount(p)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const db = await getDb();
    const [{ n }] = (await db
      .select({ n: count() })
      .from(schema.users)
      .where(eq(schema.users.email, `${id}@example.com`))) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('ignores a role in the form: every new account is a reader with an argon2id hash', async () => {
    const data = signUpSchema.parse({ name: 'Sneaky', email: `${unique()}@example.com`, password: 'a-long-enough-passphrase', role: 'admin' } as never);
    expect('role' in data).toBe(false);
    const result = await createAccount({ ...data, role: 'admin' } as never);
    expect(result.ok).toBe(true);
    const db = await getDb();
    const [row] = await db.select().from(schema.users).where(eq(schema.users.email, data.email));
    expect(row!.role).toBe('reader');
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses weak, short and common passwords but accepts long ones untruncated', () => {
    const base = { name: 'A', email: 'a@example.com' };
    expect(signUpSchema.safeParse({ ...base, password: 'seven77' }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, password: 'password' }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, password: 'qwerty123' }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, password: 'x'.repeat(64) }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, password: 'correct horse battery staple '.repeat(2) }).success).toBe(true);
  });
});

const address = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const from = (addr: string, knownDevice = false) => ({ address: addr, knownDevice });

describe('sign-in', () => {
  it('treats unknown emails and wrong passwords alike, and signs in with the right password', async () => {
    const email = `${unique()}@example.com`;
    await createAccount({ name: 'Signer', email, password: 'the-right-passphrase' });
    const ip = address();
    expect(await verifyCredentials(email, 'wrong-passphrase', from(ip))).toMatchObject({ ok: false, code: 'invalid' });
    const unknown = await verifyCredentials(`nobody-${email}`, 'wrong-passphrase', from(ip));
    expect(unknown).toEqual(await verifyCredentials(email, 'another-wrong-passphrase', from(ip)));
    const ok = await verifyCredentials(email, 'the-right-passphrase', from(ip));
    expect(ok).toMatchObject({ ok: true, value: { email, role: 'reader', sessionVersion: 1 } });
  });

  it('slows one address guessing one account, with a retry time and no lasting lockout', async () => {
    const email = `${unique()}@example.com`;
    await createAccount({ name: 'Target', email, password: 'the-right-passphrase' });
    const ip = address();
    for (let i = 0; i < POLICY.pair.points; i++) expect(await verifyCredentials(email, `guess-${i}`, from(ip))).toMatchObject({ ok: false, code: 'invalid' });
    const blocked = await verifyCredentials(email, 'the-right-passphrase', from(ip));
    expect(blocked).toMatchObject({ ok: false, code: 'throttled' });
    if (blocked.ok) return;
    // A wait the reader is told, never a lasting lockout.
    const minutes = Number(/Try again in (\d+) minutes?\./.exec(blocked.message)?.[1]);
    expect(minutes).toBeGreaterThan(0);
    expect(minutes * 60).toBeLessThanOrEqual(POLICY.pair.blockDuration);
    // The owner elsewhere is not affected.
    expect((await verifyCredentials(email, 'the-right-passphrase', from(address()))).ok).toBe(true);
  });

  it('counts only consecutive failures: a success starts the count again', async () => {
    const email = `${unique()}@example.com`;
    await createAccount({ name: 'Forgetful', email, password: 'the-right-passphrase' });
    const ip = address();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < POLICY.pair.points - 1; i++) await verifyCredentials(email, `typo-${i}`, from(ip));
      expect((await verifyCredentials(email, 'the-right-passphrase', from(ip))).ok).toBe(true);
    }
  });

  it('throttles one address trying many accounts', async () => {
    const ip = address();
    for (let i = 0; i < POLICY.address.points; i++) await verifyCredentials(`spray-${unique()}@example.com`, 'guess', from(ip));
    expect(await verifyCredentials(`spray-${unique()}@example.com`, 'guess', from(ip))).toMatchObject({ ok: false, code: 'throttled' });
  });

  it('never lets parallel attempts past the limit', async () => {
    const email = `${unique()}@example.com`;
    await createAccount({ name: 'Parallel', email, password: 'the-right-passphrase' });
    const ip = address();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => verifyCredentials(email, `parallel-${i}`, from(ip))));
    expect(results.filter((r) => !r.ok && r.code === 'invalid')).toHaveLength(POLICY.pair.points);
    expect(results.filter((r) => !r.ok && r.code === 'throttled')).toHaveLength(20 - POLICY.pair.points);
  });

  it('does not hand an attacker a lockout: an attack from many addresses slows new browsers, never the owner’s', async () => {
    const email = `${unique()}@example.com`;
    await createAccount({ name: 'Editor in chief', email, password: 'the-right-passphrase' });
    const attackers = Array.from({ length: POLICY.account.points + 5 }, () => address());
    for (const ip of attackers) await verifyCredentials(email, 'guess', from(ip));
    expect(await verifyCredentials(email, 'the-right-passphrase', from(address()))).toMatchObject({ ok: false, code: 'throttled' });
    expect(await verifyCredentials(email, 'the-right-passphrase', from(address(), true))).toMatchObject({ ok: true });
  });

  it('refuses banned accounts', async () => {
    const email = `${unique()}@example.com`;
    await createAccount({ name: 'Banned', email, password: 'the-right-passphrase' });
    const db = await getDb();
    await db.update(schema.users).set({ bannedAt: new Date() }).where(eq(schema.users.email, email));
    expect(await verifyCredentials(email, 'the-right-passphrase', from(address()))).toMatchObject({ ok: false, code: 'banned' });
  });
});

describe('account changes', () => {
  it('changes the password only with the current one', async () => {
    const email = `${unique()}@example.com`;
    const created = await createAccount({ name: 'Changer', email, password: 'the-first-passphrase' });
    if (!created.ok) throw new Error('setup');
    const me = await currentUserFor(created.value.userId);
    expect(await changePassword(me, 'not-it', 'the-second-passphrase')).toMatchObject({ ok: false, code: 'wrong-password' });
    expect(await changePassword(me, 'the-first-passphrase', 'the-second-passphrase')).toEqual({ ok: true, value: null });
    expect(await changePassword(null, 'the-second-passphrase', 'a-third-passphrase')).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect((await verifyCredentials(email, 'the-second-passphrase', from(address()))).ok).toBe(true);
  });

  it('deletes the account but keeps its comments, shown as from "deleted user"', async () => {
    const email = `${unique()}@example.com`;
    const created = await createAccount({ name: 'Leaver', email, password: 'the-first-passphrase' });
    if (!created.ok) throw new Error('setup');
    const article = await createArticle();
    await createComment({ articleId: article.id, userId: created.value.userId, body: 'I was here' });
    const me = await currentUserFor(created.value.userId);
    expect(await deleteAccount(me, 'wrong')).toMatchObject({ ok: false, code: 'wrong-password' });
    expect(await deleteAccount(me, 'the-first-passphrase')).toEqual({ ok: true, value: { commentArticleIds: [article.id] } });
    const [node] = await getThread(article.id);
    expect(node).toMatchObject({ body: 'I was here', authorName: 'deleted user', authorId: null });
  });
});

describe('return paths', () => {
  it.each([
    ['/articles/x#comments', '/articles/x#comments'],
    ['https://evil.example/', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['', '/'],
    ['/.//evil.example', '/'],
    ['/././/evil.example/path', '/'],
    ['/a/..//evil.example', '/'],
    ['/%2e%2e//evil.example', '/'],
    ['/%2e//evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['https:/evil.example', '/'],
    ['/./account', '/account'],
    ['/a/../search?q=x#top', '/search?q=x#top'],
    ['/articles/%2F%2Fevil.example', '/articles/%2F%2Fevil.example'],
    [42, '/'],
    [null, '/'],
  ])('%s -> %s', (input, expected) => expect(safeReturnPath(input)).toBe(expected));
});
