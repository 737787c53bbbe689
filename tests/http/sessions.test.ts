/**
 * A session token is revocable in effect: a copy kept on another device stops working after a password
 * change, a sign-out, "sign out everywhere", a ban (also once lifted) and a role change.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createArticle, createComment, currentUserFor, getDb, schema } from '../support/db';
import { changePassword, createAccount } from '@/lib/dal/users';
import { endAllSessions } from '@/lib/dal/sessions';
import { setBan } from '@/lib/dal/admin/moderation';
import { changeRole } from '@/lib/dal/admin/users';
import type { CurrentUser } from '@/lib/dal/session';
import { get } from './support/http';
import { cookieHeader, mergeCookies, sessionCookie } from './support/session';

const PASSWORD = 'session-test-passphrase';

async function account() {
  const email = `sess-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
  const created = await createAccount({ name: `Session Reader ${email.slice(5, 12)}`, email, password: PASSWORD });
  if (!created.ok) throw new Error('account');
  const story = await createArticle();
  const comment = await createComment({ articleId: story.id, userId: created.value.userId, body: 'My own words' });
  return { email, userId: created.value.userId, commentId: comment.id };
}

/** Reading one's own comment's source needs a live session: 200 with one, 401 without. */
const ownSourceStatus = async (cookie: string, commentId: number) => (await get(`/api/comments/${commentId}/source`, { headers: { cookie } })).status;

async function staff(email: string): Promise<CurrentUser> {
  const [row] = await (await getDb()).select().from(schema.users).where(eq(schema.users.email, email));
  return { id: row!.id, name: row!.name, email: row!.email, role: row!.role, banned: false, approvedComments: 0 };
}

describe('a copied session token', () => {
  it('stops working on every device after a password change', async () => {
    const a = await account();
    const laptop = await sessionCookie(a.email, PASSWORD);
    const phone = await sessionCookie(a.email, PASSWORD);
    expect(await ownSourceStatus(phone, a.commentId)).toBe(200);
    expect(await changePassword(await currentUserFor(a.userId), PASSWORD, `${PASSWORD}-new`)).toEqual({ ok: true, value: null });
    expect(await ownSourceStatus(phone, a.commentId)).toBe(401);
    expect(await ownSourceStatus(laptop, a.commentId)).toBe(401);
    expect(await ownSourceStatus(await sessionCookie(a.email, `${PASSWORD}-new`), a.commentId)).toBe(200);
  });

  it('stops working after its sign-in is ended by signing out, while other sign-ins go on', async () => {
    const a = await account();
    const kept = await sessionCookie(a.email, PASSWORD);
    const copied = await sessionCookie(a.email, PASSWORD);
    const jar = new Map(copied.split('; ').map((c) => c.split('=') as [string, string]));
    const csrf = await get('/api/auth/csrf', { headers: { cookie: copied } });
    mergeCookies(jar, csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const out = await get('/api/auth/signout', {
      method: 'POST',
      headers: { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken, callbackUrl: '/' }),
    });
    expect(out.status).toBeLessThan(400);
    // The copy taken before signing out is replayed as it was.
    expect(await ownSourceStatus(copied, a.commentId)).toBe(401);
    expect(await ownSourceStatus(kept, a.commentId)).toBe(200);
  });

  it('stops working after "sign out everywhere"', async () => {
    const a = await account();
    const cookie = await sessionCookie(a.email, PASSWORD);
    await endAllSessions(await getDb(), a.userId);
    expect(await ownSourceStatus(cookie, a.commentId)).toBe(401);
  });

  it('stays dead after a ban is lifted', async () => {
    const a = await account();
    const cookie = await sessionCookie(a.email, PASSWORD);
    const editor = await staff('editor@newshub.test');
    expect(await setBan(editor, a.userId, true, 'spam')).toMatchObject({ ok: true });
    expect(await setBan(editor, a.userId, false)).toMatchObject({ ok: true });
    expect(await ownSourceStatus(cookie, a.commentId)).toBe(401);
  });

  it('stops working after a role change', async () => {
    const a = await account();
    const cookie = await sessionCookie(a.email, PASSWORD);
    expect(await changeRole(await staff('admin@newshub.test'), a.userId, 'writer')).toEqual({ ok: true, value: null });
    expect(await ownSourceStatus(cookie, a.commentId)).toBe(401);
  });

  it('is cleared from the browser when it no longer stands for a session', async () => {
    const a = await account();
    const cookie = await sessionCookie(a.email, PASSWORD);
    await endAllSessions(await getDb(), a.userId);
    const response = await get('/api/auth/session', { headers: { cookie } });
    expect(await response.json()).toBeNull();
    expect(
      response.headers.getSetCookie().some((c) => /authjs\.session-token=;|authjs\.session-token=[^;]*;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i.test(c)),
    ).toBe(true);
  });
});
