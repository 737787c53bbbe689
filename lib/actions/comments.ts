'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/dal/session';
import { deleteComment, editComment, postComment, reportComment, type OwnComment } from '@/lib/dal/comment-writes';
import { discardDraft, saveDraft } from '@/lib/dal/comment-drafts';
import { commentFormSchema, commentIdSchema, reportSchema, type CommentField } from '@/lib/validation/comment';
import type { FormState } from '@/lib/validation/form-state';
import { invalidateCommentViews, invalidateThreadView } from './invalidate';
import { setRecommendation } from '@/lib/dal/comment-reactions';
import { DRAFT_COOKIE } from '@/lib/comments/constants';
import { clientAddress } from '@/lib/auth/client-address';
import { isSlug } from '@/lib/slug';

export type CommentFormState = FormState<CommentField> & { comment?: OwnComment };

const STALE_FORM = 'This comment form is out of date. Reload the page and try again; your text is kept below.';

/**
 * Posts a comment. With JavaScript the result comes back as form state; without it (`js` is not 1) the
 * reader is redirected: to sign-in with the text kept when signed out, to the comment when it worked, or
 * to the reply page with the text and the message when it did not.
 */
export async function postCommentAction(_prev: CommentFormState, form: FormData): Promise<CommentFormState> {
  const raw = form.get('body');
  const typed = typeof raw === 'string' ? raw : '';
  const keep = { body: typed.slice(0, 20_000) };
  const parsed = commentFormSchema.safeParse({ articleId: form.get('articleId'), parentId: form.get('parentId'), slug: form.get('slug'), body: raw });
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((i) => i.path[0] === 'body');
    return { status: 'error', message: tooLong ? 'Comments can be at most 5,000 characters.' : STALE_FORM, values: keep };
  }
  const { articleId, parentId, slug, body } = parsed.data;
  const withJs = form.get('js') === '1';
  const jar = await cookies();
  const respondPath = `/articles/${slug}/respond`;

  const user = await currentUser();
  if (!user) {
    if (withJs) return { status: 'error', message: 'Please sign in to comment. Your text is kept.', values: keep };
    const token = await saveDraft({ articleId, parentId, body }, clientAddress(await headers()));
    jar.set(DRAFT_COOKIE, token, { httpOnly: true, sameSite: 'lax', maxAge: 3600, path: '/' });
    redirect(`/signin?callbackUrl=${encodeURIComponent(respondPath)}`);
  }

  const result = await postComment(user, { articleId, parentId, body });
  if (!result.ok) {
    if (withJs) return { status: 'error', message: result.message, values: keep };
    const token = await saveDraft({ articleId, parentId, body }, clientAddress(await headers()));
    jar.set(DRAFT_COOKIE, token, { httpOnly: true, sameSite: 'lax', maxAge: 3600, path: '/' });
    redirect(`${respondPath}?error=${encodeURIComponent(result.code)}`);
  }
  const { comment } = result.value;
  await discardDraft(jar.get(DRAFT_COOKIE)?.value);
  jar.delete(DRAFT_COOKIE);
  invalidateCommentViews(articleId);
  if (!withJs) redirect(comment.status === 'published' ? `/articles/${slug}#comment-${comment.id}` : `${respondPath}?held=1`);
  return {
    status: 'success',
    message: comment.status === 'published' ? 'Your comment is published.' : 'Thanks! Your comment is awaiting moderation and will appear once approved.',
    comment,
  };
}

/**
 * The comment form as the page first renders it (before its script has loaded, or without JavaScript):
 * every outcome is a redirect, to the comment, to sign-in with the text kept, or to the reply page
 * with the text and the reason.
 */
export async function postCommentFromPage(form: FormData): Promise<void> {
  form.set('js', '0');
  const state = await postCommentAction({ status: 'idle' }, form);
  // Only a form that does not parse comes back (a forged or outdated one): say so where comments are written.
  const slug = form.get('slug');
  const code = state.message === STALE_FORM ? 'stale-form' : 'too-long';
  redirect(typeof slug === 'string' && isSlug(slug) ? `/articles/${slug}/respond?error=${code}` : '/');
}

export async function editCommentAction(_prev: CommentFormState, form: FormData): Promise<CommentFormState> {
  const raw = form.get('body');
  const keep = { body: typeof raw === 'string' ? raw.slice(0, 20_000) : '' };
  const id = commentIdSchema.safeParse(form.get('commentId'));
  if (!id.success) return { status: 'error', message: STALE_FORM, values: keep };
  const result = await editComment(await currentUser(), id.data, raw);
  if (!result.ok) return { status: 'error', message: result.message, values: keep };
  const comment = result.value;
  invalidateCommentViews(comment.articleId);
  return {
    status: 'success',
    message: comment.status === 'published' ? 'Your comment was updated.' : 'Your edit is awaiting moderation.',
    comment,
  };
}

export async function deleteCommentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const id = commentIdSchema.safeParse(form.get('commentId'));
  if (!id.success) return { status: 'error', message: STALE_FORM };
  const result = await deleteComment(await currentUser(), id.data);
  if (!result.ok) return { status: 'error', message: result.message };
  invalidateCommentViews(result.value.articleId);
  return { status: 'success', message: 'Your comment was deleted.' };
}

export async function reportCommentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = reportSchema.safeParse({ commentId: form.get('commentId'), reason: form.get('reason') ?? undefined });
  if (!parsed.success) return { status: 'error', message: STALE_FORM };
  const result = await reportComment(await currentUser(), parsed.data.commentId, parsed.data.reason);
  if (!result.ok) return { status: 'error', message: result.message };
  return { status: 'success', message: 'Thanks for reporting this comment. A moderator will review it.' };
}

export type RecommendState = { status: 'idle' | 'success' | 'error'; message?: string; recommended?: boolean; count?: number };

/** Recommends a comment or takes it back (`recommend` is 1 or 0): the reader's choice, stated, not toggled. */
export async function recommendCommentAction(_prev: RecommendState, form: FormData): Promise<RecommendState> {
  const id = commentIdSchema.safeParse(form.get('commentId'));
  const want = form.get('recommend');
  if (!id.success || (want !== '1' && want !== '0')) return { status: 'error', message: STALE_FORM };
  const result = await setRecommendation(await currentUser(), id.data, want === '1');
  if (!result.ok) return { status: 'error', message: result.message };
  invalidateThreadView(result.value.articleId);
  return { status: 'success', recommended: result.value.recommended, count: result.value.count };
}
