/**
 * Every Server Action, called the way a form calls it: the state it returns (or where it redirects),
 * and the cache tags it invalidated. The database is real; the session, cookies and Auth.js are stood
 * in for, since these run outside a request.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { updateTag } from 'next/cache';
import { CredentialsSignin } from 'next-auth';
import { createArticle, createComment, createUser, currentUserFor, getDb, schema, sectionId, unique } from '../support/db';
import type { CurrentUser } from '@/lib/dal/session';

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
const jar = vi.hoisted(() => new Map<string, string>());
const auth = vi.hoisted(() => ({ signIn: vi.fn(async (..._args: unknown[]) => '/'), signOut: vi.fn(async (..._args: unknown[]) => undefined) }));

vi.mock('@/lib/dal/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/dal/session')>()),
  currentUser: vi.fn(async () => session.user),
}));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers(),
}));
vi.mock('@/lib/auth', () => ({ signIn: auth.signIn, signOut: auth.signOut }));

const { postCommentAction, editCommentAction, deleteCommentAction, reportCommentAction } = await import('@/lib/actions/comments');
const { updateNameAction, changePasswordAction, signOutEverywhereAction, deleteAccountAction } = await import('@/lib/actions/account');
const { signInAction, signUpAction, signOutAction } = await import('@/lib/actions/auth');
const { saveArticleAction, transitionArticleAction, restoreRevisionAction, addCorrectionAction } = await import('@/lib/actions/admin-articles');
const { moderateAction, banAction, saveSettingsAction, changeRoleAction } = await import('@/lib/actions/admin-moderation');
const { createAccount } = await import('@/lib/dal/users');

const IDLE = { status: 'idle' as const };
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  return data;
};
const invalidated = () => vi.mocked(updateTag).mock.calls.map(([tag]) => tag);

/** Where an action redirected to (Next.js signals a redirect by throwing). */
async function redirectOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_REDIRECT;')) return digest.split(';')[2]!;
    throw error;
  }
  throw new Error('The action did not redirect');
}

async function signedIn(overrides: Partial<typeof schema.users.$inferInsert> = {}): Promise<CurrentUser> {
  const user = await currentUserFor((await createUser(overrides)).id);
  session.user = user;
  return user;
}
const staff = (role: 'writer' | 'editor' | 'admin') => signedIn({ role, name: `${role} ${unique('s')}`.slice(0, 60) });

beforeEach(() => {
  session.user = null;
  jar.clear();
  vi.mocked(updateTag).mockClear();
  auth.signIn.mockReset().mockResolvedValue('/');
  auth.signOut.mockReset().mockResolvedValue(undefined);
});

describe('comment actions', () => {
  it('postCommentAction publishes and refreshes the thread and the sidebar; signed out, it keeps the text', async () => {
    const article = await createArticle();
    const fields = { articleId: String(article.id), parentId: '', slug: article.slug, js: '1', body: `A careful reply ${unique('c')}` };
    expect(await postCommentAction(IDLE, form(fields))).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/sign in/i),
      values: { body: fields.body },
    });
    expect(invalidated()).toEqual([]);

    await signedIn({ approvedComments: 10 });
    const posted = await postCommentAction(IDLE, form(fields));
    expect(posted).toMatchObject({ status: 'success', message: 'Your comment is published.', comment: { body: fields.body, status: 'published' } });
    expect(invalidated()).toEqual([`comments:${article.id}`, 'recent-comments']);
  });

  it('postCommentAction without JavaScript sends a signed-out reader to sign in, with the text kept as a draft', async () => {
    const article = await createArticle();
    const to = await redirectOf(
      postCommentAction(IDLE, form({ articleId: String(article.id), parentId: '', slug: article.slug, js: '0', body: 'Typed before signing in' })),
    );
    expect(to).toBe(`/signin?callbackUrl=${encodeURIComponent(`/articles/${article.slug}/respond`)}`);
    expect(jar.get('newshub-comment-draft')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('editCommentAction, deleteCommentAction and reportCommentAction answer for the comment and refresh what changed', async () => {
    const article = await createArticle();
    const owner = await signedIn();
    const mine = await createComment({ articleId: article.id, userId: owner.id, body: 'First draft of a thought' });
    expect(await editCommentAction(IDLE, form({ commentId: String(mine.id), body: 'A better thought' }))).toMatchObject({
      status: 'success',
      comment: { body: 'A better thought' },
    });
    expect(invalidated()).toEqual([`comments:${article.id}`, 'recent-comments']);

    vi.mocked(updateTag).mockClear();
    await signedIn();
    expect(await editCommentAction(IDLE, form({ commentId: String(mine.id), body: 'Hijacked' }))).toMatchObject({
      status: 'error',
      values: { body: 'Hijacked' },
    });
    expect(await deleteCommentAction(IDLE, form({ commentId: String(mine.id) }))).toMatchObject({ status: 'error' });
    expect(await reportCommentAction(IDLE, form({ commentId: String(mine.id), reason: 'Off topic' }))).toMatchObject({ status: 'success' });
    expect(invalidated()).toEqual([]);
    expect(await reportCommentAction(IDLE, form({ commentId: 'not-a-number' }))).toMatchObject({ status: 'error' });

    session.user = owner;
    expect(await deleteCommentAction(IDLE, form({ commentId: String(mine.id) }))).toEqual({ status: 'success', message: 'Your comment was deleted.' });
    expect(invalidated()).toEqual([`comments:${article.id}`, 'recent-comments']);
  });
});

describe('account actions', () => {
  it('updateNameAction saves a name, refuses a reserved one and keeps what was typed', async () => {
    await signedIn();
    expect(await updateNameAction(IDLE, form({ name: '  Ada   Byline ' }))).toMatchObject({ status: 'success', values: { name: 'Ada Byline' } });
    expect(await updateNameAction(IDLE, form({ name: 'NewsHub Desk' }))).toMatchObject({
      status: 'error',
      fieldErrors: { name: expect.stringMatching(/reserved/) },
      values: { name: 'NewsHub Desk' },
    });
    session.user = null;
    expect(await updateNameAction(IDLE, form({ name: 'Anyone' }))).toMatchObject({ status: 'error', message: expect.stringMatching(/sign in/i) });
  });

  it('changePasswordAction checks the current password, then signs this browser in again', async () => {
    const email = `${unique('pw')}@example.com`.toLowerCase();
    const created = await createAccount({ name: `Changer ${unique('n')}`, email, password: 'the-first-passphrase' });
    if (!created.ok) throw new Error('account');
    session.user = await currentUserFor(created.value.userId);
    expect(await changePasswordAction(IDLE, form({ currentPassword: 'wrong-one', newPassword: 'the-second-passphrase' }))).toMatchObject({
      status: 'error',
      fieldErrors: { currentPassword: 'Incorrect password.' },
    });
    expect(await redirectOf(changePasswordAction(IDLE, form({ currentPassword: 'the-first-passphrase', newPassword: 'the-second-passphrase' })))).toBe(
      '/account?changed=password',
    );
    expect(auth.signIn).toHaveBeenCalledWith('credentials', { email, password: 'the-second-passphrase', redirect: false });
  });

  it('signOutEverywhereAction ends every session and sends the reader to sign in', async () => {
    const user = await signedIn();
    const [before] = await (await getDb()).select({ v: schema.users.sessionVersion }).from(schema.users).where(eq(schema.users.id, user.id));
    expect(await redirectOf(signOutEverywhereAction())).toBe('/signin?signedOut=everywhere');
    const [after] = await (await getDb()).select({ v: schema.users.sessionVersion }).from(schema.users).where(eq(schema.users.id, user.id));
    expect(after!.v).toBe(before!.v + 1);
    expect(auth.signOut).toHaveBeenCalled();
  });

  it('deleteAccountAction needs the word DELETE and the password, then refreshes the threads the reader was in', async () => {
    const email = `${unique('del')}@example.com`.toLowerCase();
    const created = await createAccount({ name: `Leaver ${unique('n')}`, email, password: 'the-leaving-passphrase' });
    if (!created.ok) throw new Error('account');
    session.user = await currentUserFor(created.value.userId);
    const article = await createArticle();
    await createComment({ articleId: article.id, userId: created.value.userId, body: 'Goodbye' });
    expect(await deleteAccountAction(IDLE, form({ confirm: 'delete me', password: 'the-leaving-passphrase' }))).toMatchObject({ status: 'error' });
    expect(await redirectOf(deleteAccountAction(IDLE, form({ confirm: 'delete', password: 'the-leaving-passphrase' })))).toBe('/?account=deleted');
    expect(invalidated()).toEqual([`comments:${article.id}`, 'recent-comments']);
  });
});

describe('sign-in and sign-up actions', () => {
  it('signInAction: field errors, the same answer for any wrong password, "try again" when it cannot check, and a remembered browser', async () => {
    expect(await signInAction(IDLE, form({ email: 'not-an-email', password: 'x' }))).toMatchObject({
      status: 'error',
      fieldErrors: { email: expect.any(String) },
    });
    auth.signIn.mockRejectedValueOnce(new CredentialsSignin());
    expect(await signInAction(IDLE, form({ email: 'someone@example.com', password: 'wrong-password', js: '1' }))).toMatchObject({
      status: 'error',
      message: 'Email or password is incorrect.',
      values: { email: 'someone@example.com' },
    });
    const { AuthError } = await import('next-auth');
    const broken = Object.assign(new AuthError('database unavailable'), { type: 'CallbackRouteError' });
    auth.signIn.mockRejectedValueOnce(broken);
    expect(await signInAction(IDLE, form({ email: 'someone@example.com', password: 'any-password', js: '1' }))).toMatchObject({
      message: expect.stringMatching(/try again/),
    });
    expect(await signInAction(IDLE, form({ email: 'someone@example.com', password: 'right-password', js: '1', callbackUrl: '/world' }))).toEqual({
      status: 'success',
      message: 'Signed in. Taking you back…',
      redirectTo: '/world',
    });
    expect(jar.get('newshub-device')).toBeTruthy();
    expect(await redirectOf(signInAction(IDLE, form({ email: 'someone@example.com', password: 'right-password', callbackUrl: '//evil.example' })))).toBe('/');
  });

  it('signUpAction creates a reader and signs in; an email in use is refused with the typed values kept', async () => {
    const email = `${unique('up')}@example.com`.toLowerCase();
    const fields = { name: `New Reader ${unique('n')}`, email, password: 'a-fine-long-passphrase', js: '1' };
    expect(await signUpAction(IDLE, form(fields))).toMatchObject({ status: 'success', redirectTo: '/' });
    expect(await signUpAction(IDLE, form(fields))).toMatchObject({ status: 'error', fieldErrors: { email: expect.any(String) }, values: { email } });
  });

  it('signOutAction signs out and returns to a same-site page only', async () => {
    await signOutAction(form({ callbackUrl: 'https://evil.example/' }));
    expect(auth.signOut).toHaveBeenCalledWith({ redirectTo: '/' });
  });
});

describe('newsroom actions', () => {
  const articleForm = async (overrides: Record<string, string> = {}) =>
    form({
      title: `Port strike ends ${unique('t')}`,
      standfirst: 'Cranes move again.',
      slug: '',
      kind: 'News',
      sectionId: String(await sectionId('business')),
      body: 'Body.',
      tags: 'Shipping',
      heroAlt: '',
      heroCaption: '',
      heroCredit: '',
      ...overrides,
    });

  it('saveArticleAction: readers are refused, a new draft opens in the editor, a save refreshes every view of the story', async () => {
    await signedIn();
    expect(await saveArticleAction(IDLE, await articleForm())).toMatchObject({ status: 'error', message: expect.stringMatching(/not allowed/) });
    await staff('editor');
    const to = await redirectOf(saveArticleAction(IDLE, await articleForm()));
    const id = Number(/^\/admin\/articles\/(\d+)\?created=1$/.exec(to)?.[1]);
    expect(id).toBeGreaterThan(0);
    vi.mocked(updateTag).mockClear();
    const saved = await saveArticleAction(IDLE, await articleForm({ id: String(id), version: '1', body: 'Revised body.' }));
    expect(saved).toMatchObject({ status: 'success', version: 2 });
    expect(invalidated()).toEqual(expect.arrayContaining(['articles', `article:${id}`, `article-slug:${saved.slug}`, 'sections', 'tags', 'authors']));
    expect(await saveArticleAction(IDLE, await articleForm({ id: String(id), version: '1', body: 'Stale.' }))).toMatchObject({
      status: 'error',
      conflict: true,
      values: { body: 'Stale.' },
    });
  });

  it('transitionArticleAction, restoreRevisionAction and addCorrectionAction answer and refresh the story', async () => {
    const editor = await staff('editor');
    const article = await createArticle({ status: 'draft', publishedAt: null, authorId: editor.id });
    expect(await transitionArticleAction(IDLE, form({ id: String(article.id), to: 'published' }))).toEqual({
      status: 'success',
      message: 'Published. It is live on the site now.',
    });
    expect(invalidated()).toContain(`article:${article.id}`);

    vi.mocked(updateTag).mockClear();
    expect(await addCorrectionAction(IDLE, form({ articleId: String(article.id), text: '   ' }))).toMatchObject({
      status: 'error',
      fieldErrors: { text: expect.any(String) },
    });
    expect(invalidated()).toEqual([]);
    expect(await addCorrectionAction(IDLE, form({ articleId: String(article.id), text: 'The date of the vote was 3 May, not 4 May.' }))).toMatchObject({
      status: 'success',
    });
    expect(invalidated()).toEqual(expect.arrayContaining([`article:${article.id}`, `article-slug:${article.slug}`, 'articles']));

    const db = await getDb();
    await db
      .insert(schema.articleRevisions)
      .values({ articleId: article.id, version: 1, title: article.title, standfirst: 'Old standfirst', body: 'Old body', slug: article.slug, status: 'draft' });
    const [revision] = await db.select().from(schema.articleRevisions).where(eq(schema.articleRevisions.articleId, article.id));
    vi.mocked(updateTag).mockClear();
    expect(await restoreRevisionAction(IDLE, form({ articleId: String(article.id), revisionId: String(revision!.id), version: '1' }))).toEqual({
      status: 'success',
      message: 'Restored as version 2.',
    });
    expect(invalidated()).toContain(`article:${article.id}`);
    expect(await restoreRevisionAction(IDLE, form({ articleId: 'x', revisionId: '1', version: '1' }))).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/out of date/),
    });
  });

  it('moderateAction and banAction refresh the threads they touch; writers are refused', async () => {
    const article = await createArticle();
    const commenter = await createUser();
    const comment = await createComment({ articleId: article.id, userId: commenter.id, body: 'To be hidden' });
    await staff('writer');
    expect(await moderateAction(IDLE, form({ single: `hide:${comment.id}` }))).toEqual({ status: 'error', message: 'Your role does not allow that.' });
    await staff('editor');
    expect(await moderateAction(IDLE, form({ single: `hide:${comment.id}` }))).toEqual({ status: 'success', message: '1 comment hidden.' });
    expect(invalidated()).toEqual([`comments:${article.id}`, 'recent-comments']);
    expect(await moderateAction(IDLE, form({ decision: 'launch' }))).toMatchObject({ status: 'error', message: 'Choose approve, hide or delete.' });
    vi.mocked(updateTag).mockClear();
    expect(await banAction(IDLE, form({ userId: commenter.id, banned: '1' }))).toMatchObject({ status: 'success' });
    expect(invalidated()).toEqual([`comments:${article.id}`, 'recent-comments']);
  });

  it('saveSettingsAction validates and keeps what was typed; changeRoleAction refreshes author pages', async () => {
    await staff('editor');
    const bad = await saveSettingsAction(
      IDLE,
      form({ premoderation: 'first', floodSeconds: '-5', newUserLinkLimit: '1', trustedAfter: '3', bannedWords: '', heldWords: '', closeAfterDays: '' }),
    );
    expect(bad).toMatchObject({ status: 'error', fieldErrors: { floodSeconds: 'Use 0 or more seconds.' }, values: { floodSeconds: '-5' } });
    const good = await saveSettingsAction(
      IDLE,
      form({ premoderation: 'off', floodSeconds: '15', newUserLinkLimit: '1', trustedAfter: '3', bannedWords: '', heldWords: '', closeAfterDays: '' }),
    );
    expect(good.status).toBe('success');
    expect(invalidated()).toEqual([]);
    const closing = await saveSettingsAction(
      IDLE,
      form({ premoderation: 'off', floodSeconds: '15', newUserLinkLimit: '1', trustedAfter: '3', bannedWords: '', heldWords: '', closeAfterDays: '30' }),
    );
    expect(closing.status).toBe('success');
    // Every story page shows or hides its comment form by the new rule.
    expect(invalidated()).toEqual(['articles']);
    vi.mocked(updateTag).mockClear();
    const reader = await createUser();
    await staff('admin');
    expect(await changeRoleAction(IDLE, form({ userId: reader.id, role: 'writer' }))).toEqual({ status: 'success', message: 'Role changed to writer.' });
    expect(invalidated()).toEqual(['authors']);
    expect(await changeRoleAction(IDLE, form({ userId: reader.id, role: 'emperor' }))).toEqual({ status: 'error', message: 'Choose a role.' });
  });
});
