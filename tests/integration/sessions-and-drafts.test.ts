import { describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { createArticle, currentUserFor, getDb, schema } from '../support/db';
import { createAccount, changePassword } from '@/lib/dal/users';
import { accountForToken, endAllSessions, endSession } from '@/lib/dal/sessions';
import { DRAFT_LIMITS, readDraft, saveDraft } from '@/lib/dal/comment-drafts';

const unique = () => `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

describe('session tokens', () => {
  async function account() {
    const created = await createAccount({ name: 'Token holder', email: `${unique()}@example.com`, password: 'token-holder-passphrase' });
    if (!created.ok) throw new Error('account');
    return created.value.userId;
  }

  it('stand for a session only with the current version and an unended sign-in', async () => {
    const userId = await account();
    const phone = { userId, sessionId: 'sign-in-phone', version: 1 };
    const laptop = { userId, sessionId: 'sign-in-laptop', version: 1 };
    expect(await accountForToken(phone)).toMatchObject({ id: userId });
    await endSession({ ...phone, expiresAt: new Date(Date.now() + 60_000) });
    expect(await accountForToken(phone)).toBeNull();
    expect(await accountForToken(laptop)).toMatchObject({ id: userId });
    await endAllSessions(await getDb(), userId);
    expect(await accountForToken(laptop)).toBeNull();
    expect(await accountForToken({ ...laptop, version: 2 })).toMatchObject({ id: userId });
  });

  it('end on a password change, and tokens without a sign-in or version never count', async () => {
    const userId = await account();
    expect(await changePassword(await currentUserFor(userId), 'token-holder-passphrase', 'a-new-passphrase-2026')).toEqual({ ok: true, value: null });
    expect(await accountForToken({ userId, sessionId: 'x', version: 1 })).toBeNull();
    expect(await accountForToken({ userId, sessionId: 'x', version: 2 })).toMatchObject({ id: userId });
    expect(await accountForToken({ userId, sessionId: undefined, version: 2 })).toBeNull();
    expect(await accountForToken({ userId, sessionId: 'x', version: undefined })).toBeNull();
  });
});

describe('anonymous comment drafts', () => {
  it('keep only the newest few per address', async () => {
    const article = await createArticle();
    const address = `198.18.${Math.floor(Math.random() * 250)}.1`;
    const tokens: string[] = [];
    for (let i = 0; i < 8; i++) tokens.push(await saveDraft({ articleId: article.id, parentId: null, body: `Draft ${i}` }, address));
    const kept = await Promise.all(tokens.map((t) => readDraft(t, article.id)));
    expect(kept.filter(Boolean).map((d) => d!.body)).toEqual(['Draft 5', 'Draft 6', 'Draft 7']);
    // Another address is not affected.
    const other = await saveDraft({ articleId: article.id, parentId: null, body: 'Elsewhere' }, '198.19.0.1');
    expect(await readDraft(other, article.id)).toMatchObject({ body: 'Elsewhere' });
  });

  it('stay within a fixed number in all, the oldest giving way', async () => {
    const article = await createArticle();
    const db = await getDb();
    await db.execute(sql`
      insert into comment_drafts (token, article_id, body, address_key, created_at)
      select gen_random_uuid()::text, ${article.id}, 'filler', 'flood-' || g, now() - interval '30 minutes' + g * interval '1 millisecond'
      from generate_series(1, ${DRAFT_LIMITS.total + 50}) g`);
    const token = await saveDraft({ articleId: article.id, parentId: null, body: 'The newest' }, '198.20.0.1');
    const [{ n }] = (await db.select({ n: count() }).from(schema.commentDrafts)) as [{ n: number }];
    expect(n).toBe(DRAFT_LIMITS.total);
    expect(await readDraft(token, article.id)).toMatchObject({ body: 'The newest' });
    await db.delete(schema.commentDrafts).where(eq(schema.commentDrafts.body, 'filler'));
  });

  it('expire after an hour and never exceed their length limit', async () => {
    const article = await createArticle();
    const db = await getDb();
    const stale = await saveDraft({ articleId: article.id, parentId: null, body: 'Old' }, '198.21.0.1');
    await db
      .update(schema.commentDrafts)
      .set({ createdAt: new Date(Date.now() - DRAFT_LIMITS.lifetimeMs - 1000) })
      .where(eq(schema.commentDrafts.token, stale));
    const long = await saveDraft({ articleId: article.id, parentId: null, body: 'x'.repeat(DRAFT_LIMITS.maxChars + 500) }, '198.21.0.2');
    expect(await readDraft(stale, article.id)).toBeNull();
    expect((await readDraft(long, article.id))!.body).toHaveLength(DRAFT_LIMITS.maxChars);
  });
});
