'use server';

import { redirect } from 'next/navigation';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { saveArticle } from '@/lib/dal/admin/article-editor';
import { transitionArticle } from '@/lib/dal/admin/article-workflow';
import { restoreRevision } from '@/lib/dal/admin/article-revisions';
import { addCorrection } from '@/lib/dal/admin/article-corrections';
import { articleFormSchema, correctionSchema, restoreSchema, transitionSchema, type ArticleField } from '@/lib/validation/article';
import { fieldErrorsOf, type FormState } from '@/lib/validation/form-state';
import { invalidateArticleViews } from './invalidate';

export type ArticleFormState = FormState<ArticleField> & { version?: number; slug?: string; savedAt?: string; conflict?: boolean };

const KEEP: ArticleField[] = [
  'title',
  'standfirst',
  'slug',
  'kind',
  'sectionId',
  'authorId',
  'body',
  'tags',
  'heroImageId',
  'heroAlt',
  'heroCaption',
  'heroCredit',
];

function typed(form: FormData): Partial<Record<ArticleField, string>> {
  const values: Partial<Record<ArticleField, string>> = {};
  for (const key of KEEP) {
    const v = form.get(key);
    if (typeof v === 'string') values[key] = v.slice(0, 400_000);
  }
  return values;
}

/** Saves the article form. Every failure keeps what the editor typed. */
export async function saveArticleAction(_prev: ArticleFormState, form: FormData): Promise<ArticleFormState> {
  const values = typed(form);
  const actor = await newsroomActor();
  if (!actor) return { status: 'error', message: 'You are not allowed to edit articles. Sign in with a newsroom account.', values };
  const parsed = articleFormSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  const result = await saveArticle(actor, parsed.data);
  if (!result.ok) {
    const fieldErrors = result.code === 'slug-taken' ? { slug: result.message } : undefined;
    return { status: 'error', message: result.message, fieldErrors, values, conflict: result.code === 'conflict' };
  }
  const saved = result.value;
  invalidateArticleViews({ id: saved.id, slug: saved.slug, previousSlug: saved.previousSlug });
  if (!parsed.data.id) redirect(`/admin/articles/${saved.id}?created=1`);
  return { status: 'success', message: `Saved version ${saved.version}.`, version: saved.version, slug: saved.slug, savedAt: new Date().toISOString() };
}

export async function transitionArticleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await newsroomActor();
  if (!actor) return { status: 'error', message: 'You are not allowed to do that.' };
  const parsed = transitionSchema.safeParse({ id: form.get('id'), to: form.get('to'), publishAt: form.get('publishAt') });
  if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]?.message ?? 'That change is not possible.' };
  const result = await transitionArticle(actor, parsed.data.id, parsed.data.to, parsed.data.publishAt);
  if (!result.ok) return { status: 'error', message: result.code === 'forbidden' ? 'Your role does not allow that change.' : result.message };
  invalidateArticleViews({ id: result.value.id, slug: result.value.slug });
  const done = {
    published: 'Published. It is live on the site now.',
    scheduled: 'Scheduled. It will appear on the site at the chosen time.',
    archived: 'Unpublished. Readers no longer see it.',
    review: 'Submitted for review. An editor will take it from here.',
    draft: 'Moved back to draft.',
  }[result.value.status];
  return { status: 'success', message: done };
}

export async function restoreRevisionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await newsroomActor();
  if (!actor) return { status: 'error', message: 'You are not allowed to do that.' };
  const parsed = restoreSchema.safeParse({ articleId: form.get('articleId'), revisionId: form.get('revisionId'), version: form.get('version') });
  if (!parsed.success) return { status: 'error', message: 'This page is out of date. Reload it and try again.' };
  const { articleId, revisionId, version } = parsed.data;
  const result = await restoreRevision(actor, articleId, revisionId, version);
  if (!result.ok) return { status: 'error', message: result.code === 'forbidden' ? 'Your role does not allow that change.' : result.message };
  const saved = result.value;
  invalidateArticleViews({ id: saved.id, slug: saved.slug, previousSlug: saved.previousSlug });
  return { status: 'success', message: `Restored as version ${saved.version}.` };
}

/** Appends a correction to a published story; readers see it at once, dated, at the end of the story. */
export async function addCorrectionAction(_prev: FormState<'text'>, form: FormData): Promise<FormState<'text'>> {
  const typedText = String(form.get('text') ?? '').slice(0, 8000);
  const actor = await newsroomActor();
  if (!actor) return { status: 'error', message: 'You are not allowed to do that.', values: { text: typedText } };
  const parsed = correctionSchema.safeParse({ articleId: form.get('articleId'), text: form.get('text') });
  if (!parsed.success)
    return { status: 'error', message: 'Check the correction.', fieldErrors: fieldErrorsOf(parsed.error.issues), values: { text: typedText } };
  const result = await addCorrection(actor, parsed.data.articleId, parsed.data.text);
  if (!result.ok)
    return { status: 'error', message: result.code === 'forbidden' ? 'Only editors can add corrections.' : result.message, values: { text: typedText } };
  invalidateArticleViews({ id: parsed.data.articleId, slug: result.value.slug });
  return { status: 'success', message: 'Correction published. It appears at the end of the story, dated today.' };
}
