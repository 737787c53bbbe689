'use server';

import { newsroomActor } from '@/lib/dal/admin/actor';
import { addLiveEntry, deleteLiveEntry, pinLiveEntry, setLiveEnded, updateLiveEntry } from '@/lib/dal/admin/live-blog';
import { liveArticleIdSchema, liveEntryIdSchema, liveEntrySchema, type LiveEntryField } from '@/lib/validation/live-blog';
import { fieldErrorsOf, type FormState } from '@/lib/validation/form-state';
import { invalidateArticleViews, invalidateLiveBlog } from './invalidate';

const OUT_OF_DATE: FormState = { status: 'error', message: 'This page is out of date. Reload it and try again.' };
const notAllowed = (message: string, code: string): FormState => ({
  status: 'error',
  message: code === 'forbidden' ? 'Your role does not allow that.' : message,
});

function entryValues(form: FormData) {
  return {
    title: String(form.get('title') ?? '').slice(0, 2_000),
    body: String(form.get('body') ?? '').slice(0, 200_000),
    pinned: form.get('pinned') === 'on' ? 'on' : '',
  };
}

/** A new entry: on open pages of the live blog within seconds. The text stays in the form if it is refused. */
export async function addLiveEntryAction(_prev: FormState<LiveEntryField>, form: FormData): Promise<FormState<LiveEntryField>> {
  const articleId = liveArticleIdSchema.safeParse(form.get('articleId'));
  const values = entryValues(form);
  if (!articleId.success) return { ...OUT_OF_DATE, values };
  const parsed = liveEntrySchema.safeParse(values);
  if (!parsed.success) return { status: 'error', message: 'Check the entry.', fieldErrors: fieldErrorsOf<LiveEntryField>(parsed.error.issues), values };
  const result = await addLiveEntry(await newsroomActor(), articleId.data, parsed.data);
  if (!result.ok) return { ...notAllowed(result.message, result.code), values };
  invalidateLiveBlog(articleId.data);
  return { status: 'success', message: 'Entry posted.' };
}

export async function updateLiveEntryAction(_prev: FormState<LiveEntryField>, form: FormData): Promise<FormState<LiveEntryField>> {
  const entryId = liveEntryIdSchema.safeParse(form.get('entryId'));
  const values = entryValues(form);
  if (!entryId.success) return { ...OUT_OF_DATE, values };
  const parsed = liveEntrySchema.safeParse(values);
  if (!parsed.success) return { status: 'error', message: 'Check the entry.', fieldErrors: fieldErrorsOf<LiveEntryField>(parsed.error.issues), values };
  const result = await updateLiveEntry(await newsroomActor(), entryId.data, parsed.data);
  if (!result.ok) return { ...notAllowed(result.message, result.code), values };
  invalidateLiveBlog(result.value.articleId);
  return { status: 'success', message: 'Entry updated.' };
}

export async function pinLiveEntryAction(_prev: FormState, form: FormData): Promise<FormState> {
  const entryId = liveEntryIdSchema.safeParse(form.get('entryId'));
  const pinned = form.get('pinned');
  if (!entryId.success || (pinned !== '1' && pinned !== '0')) return OUT_OF_DATE;
  const result = await pinLiveEntry(await newsroomActor(), entryId.data, pinned === '1');
  if (!result.ok) return notAllowed(result.message, result.code);
  invalidateLiveBlog(result.value.articleId);
  return { status: 'success', message: pinned === '1' ? 'Marked as a key event.' : 'No longer a key event.' };
}

export async function deleteLiveEntryAction(_prev: FormState, form: FormData): Promise<FormState> {
  const entryId = liveEntryIdSchema.safeParse(form.get('entryId'));
  if (!entryId.success) return OUT_OF_DATE;
  const result = await deleteLiveEntry(await newsroomActor(), entryId.data);
  if (!result.ok) return notAllowed(result.message, result.code);
  invalidateLiveBlog(result.value.articleId);
  return { status: 'success', message: 'Entry deleted.' };
}

export async function endLiveBlogAction(_prev: FormState, form: FormData): Promise<FormState> {
  const articleId = liveArticleIdSchema.safeParse(form.get('articleId'));
  const ended = form.get('ended');
  if (!articleId.success || (ended !== '1' && ended !== '0')) return OUT_OF_DATE;
  const result = await setLiveEnded(await newsroomActor(), articleId.data, ended === '1');
  if (!result.ok) return notAllowed(result.message, result.code);
  invalidateArticleViews(result.value);
  invalidateLiveBlog(result.value.id);
  return { status: 'success', message: ended === '1' ? 'The live blog has ended.' : 'The live blog is running again.' };
}
