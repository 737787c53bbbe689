import { describe, expect, it } from 'vitest';
import { eq, count } from 'drizzle-orm';
import { getDb, schema, createArticle, createComment } from '../support/db';
import { createAccount, verifyCredentials, deleteAccount, changePassword } from '@/lib/dal/users';
import { checkThrottle, LIMITS } from '@/lib/dal/throttle';
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
    const [{ n }] = (await db.select({ n: count() }).from(schema.users).where(eq(schema.users.email, `${id}@example.com`))) as [{ n: number }];
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

describe('sign-in', () => {
  it('treats unknown emails and wrong passwords alike, and signs in with the right password', async () => {
    const email = `${unique()}@example.com`;
    await createAccount({ name: 'Signer', email, password: 'the-right-passphrase' });
    const ip = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    expect(await verifyCredentials(email, 'wrong-passphrase', ip)).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifyCredentials(`nobody-${email}`, 'wrong-passphrase', ip)).toEqual({ ok: false, reason: 'invalid' });
    const ok = await verifyCredentials(email, 'the-right-passphrase', ip);
    expect(ok).toMatchObject({ ok: true, user: { email, role: 'reader' } });
  });

  it('throttles one account after repeated failures, with a retry time, without locking it forever', async () => {
    const email = `${unique()}@example.com`;
    await createAccount({ name: 'Target', email, password: 'the-right-passphrase' });
    for (let i = 0; i < LIMITS.account; i++) await verifyCredentials(email, `guess-${i}`, `192.0.2.${i}`);
    const blocked = await verifyCredentials(email, 'the-right-passphrase', '192.0.2.200');
    expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
    if (blocked.ok || blocked.reason !== 'throttled') return;
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(await checkThrottle(email, '192.0.2.201', new Date(Date.now() + 16 * 60_000))).toEqual({ limited: false });
  });

  it('throttles one address trying many accounts', async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < LIMITS.address; i++) await verifyCredentials(`spray-${unique()}@example.com`, 'guess', ip);
    expect(await verifyCredentials(`spray-${unique()}@example.com`, 'guess', ip)).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('refuses banned accounts', async () => {
    const email = `${unique()}@example.com`;
    await createAccount({ name: 'Banned', email, password: 'the-right-passphrase' });
    const db = await getDb();
    await db.update(schema.users).set({ bannedAt: new Date() }).where(eq(schema.users.email, email));
    expect(await verifyCredentials(email, 'the-right-passphrase', '203.0.113.9')).toEqual({ ok: false, reason: 'banned' });
  });
});

describe('account changes', () => {
  it('changes the password only with the current one', async () => {
    const email = `${unique()}@example.com`;
    const created = await createAccount({ name: 'Changer', email, password: 'the-first-passphrase' });
    if (!created.ok) throw new Error('setup');
    expect(await changePassword(created.userId, 'not-it', 'the-second-passphrase')).toEqual({ ok: false, reason: 'wrong-password' });
    expect(await changePassword(created.userId, 'the-first-passphrase', 'the-second-passphrase')).toEqual({ ok: true });
    expect((await verifyCredentials(email, 'the-second-passphrase', '203.0.113.10')).ok).toBe(true);
  });

  it('deletes the account but keeps its comments, shown as from "deleted user"', async () => {
    const email = `${unique()}@example.com`;
    const created = await createAccount({ name: 'Leaver', email, password: 'the-first-passphrase' });
    if (!created.ok) throw new Error('setup');
    const article = await createArticle();
    await createComment({ articleId: article.id, userId: created.userId, body: 'I was here' });
    expect(await deleteAccount(created.userId, 'wrong')).toEqual({ ok: false, reason: 'wrong-password' });
    expect(await deleteAccount(created.userId, 'the-first-passphrase')).toEqual({ ok: true, commentArticleIds: [article.id] });
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
  ])('%s -> %s', (input, expected) => expect(safeReturnPath(input)).toBe(expected));
});
