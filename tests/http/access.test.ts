/**
 * Status codes that tell the truth before any page streams: the newsroom redirects visitors to sign in
 * and answers readers 403; an unpublished story's reply page is a 404; someone else's held and hidden
 * comments answer alike.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createArticle, createComment, createUser } from '../support/db';
import { createAccount } from '@/lib/dal/users';
import { get } from './support/http';
import { sessionCookie } from './support/session';

let readerCookie: string;

beforeAll(async () => {
  const email = `access-${Date.now().toString(36)}@example.com`;
  const created = await createAccount({ name: 'Access Reader', email, password: 'access-reader-passphrase' });
  if (!created.ok) throw new Error('account');
  readerCookie = await sessionCookie(email, 'access-reader-passphrase');
});

describe('the newsroom', () => {
  it('sends visitors to sign in with a server redirect that returns them afterwards', async () => {
    for (const path of ['/admin', '/admin/articles/new', '/admin/comments?queue=reported']) {
      const response = await get(path);
      expect(response.status, path).toBe(307);
      const location = new URL(response.headers.get('location')!, 'http://x');
      expect(location.pathname).toBe('/signin');
      expect(location.searchParams.get('callbackUrl')).toBe(path);
    }
  });

  it('answers a signed-in reader 403 with the not-allowed page', async () => {
    for (const path of ['/admin', '/admin/articles/new', '/admin/users']) {
      const response = await get(path, { headers: { cookie: readerCookie } });
      expect(response.status, path).toBe(403);
      expect(await response.text()).toMatch(/You(’|&#x2019;)re not allowed here/);
    }
  });

  it('treats a forged session cookie as no session', async () => {
    const response = await get('/admin', {
      headers: { cookie: 'authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0.forged.forged.forged.forged' },
    });
    expect(response.status).toBe(307);
  });
});

describe('reply pages', () => {
  it('answer 404 for a story that is not published', async () => {
    for (const status of ['draft', 'review', 'archived'] as const) {
      const story = await createArticle({ status, publishedAt: status === 'archived' ? new Date() : null });
      const response = await get(`/articles/${story.slug}/respond`);
      expect(response.status, status).toBe(404);
    }
    expect((await get('/articles/no-such-story-at-all/respond')).status).toBe(404);
  });
});

describe('comment sources', () => {
  it('answer 404 alike for someone else’s held and hidden comments', async () => {
    const owner = await createUser();
    const story = await createArticle();
    const held = await createComment({ articleId: story.id, userId: owner.id, body: 'Held', status: 'pending' });
    const hidden = await createComment({ articleId: story.id, userId: owner.id, body: 'Hidden', status: 'hidden' });
    const answers = await Promise.all(
      [held.id, hidden.id, 2_000_000_000].map(async (id) => {
        const response = await get(`/api/comments/${id}/source`, { headers: { cookie: readerCookie } });
        return { status: response.status, body: await response.text() };
      }),
    );
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404]);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
  });
});
