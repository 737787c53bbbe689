'use server';

import { newsroomActor } from '@/lib/dal/admin/actor';
import { moderateComments, setBan, updateSettings } from '@/lib/dal/admin/moderation';
import { changeRole } from '@/lib/dal/admin/users';
import { banSchema, moderationSchema, roleChangeSchema, settingsSchema, type SettingsField } from '@/lib/validation/moderation';
import { fieldErrorsOf, type FormState } from '@/lib/validation/form-state';
import { invalidateAuthorViews, invalidateCommentViews, invalidateCommentWindows, invalidateThreadView } from './invalidate';
import { setFeatured } from '@/lib/dal/comment-reactions';
import { commentIdSchema } from '@/lib/validation/comment';

const NOT_ALLOWED: FormState = { status: 'error', message: 'Your role does not allow that.' };
const OUT_OF_DATE: FormState = { status: 'error', message: 'This page is out of date. Reload it and try again.' };

export async function moderateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = moderationSchema.safeParse({
    single: form.get('single') ?? undefined,
    decision: form.get('decision') ?? undefined,
    commentIds: form.getAll('commentId'),
  });
  if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]?.message ?? 'Choose approve, hide or delete.' };
  const { decision, ids } = parsed.data;
  const result = await moderateComments(await newsroomActor(), ids, decision);
  if (!result.ok) return result.code === 'forbidden' ? NOT_ALLOWED : { status: 'error', message: result.message };
  for (const articleId of result.value.articleIds) invalidateCommentViews(articleId);
  const verb = { approve: 'approved', hide: 'hidden', delete: 'deleted' }[decision];
  const { count } = result.value;
  return { status: 'success', message: `${count} comment${count === 1 ? '' : 's'} ${verb}.` };
}

export async function banAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = banSchema.safeParse({ userId: form.get('userId'), banned: form.get('banned'), reason: form.get('reason') ?? undefined });
  if (!parsed.success) return OUT_OF_DATE;
  const { userId, banned, reason } = parsed.data;
  const result = await setBan(await newsroomActor(), userId, banned, reason);
  if (!result.ok) return result.code === 'forbidden' ? NOT_ALLOWED : { status: 'error', message: result.message };
  for (const articleId of result.value.articleIds) invalidateCommentViews(articleId);
  return { status: 'success', message: banned ? 'User banned. They can no longer post.' : 'Ban lifted.' };
}

export async function saveSettingsAction(_prev: FormState<SettingsField>, form: FormData): Promise<FormState<SettingsField>> {
  const values = Object.fromEntries([...form.entries()].filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, String(v).slice(0, 20_000)])) as Partial<
    Record<SettingsField, string>
  >;
  const parsed = settingsSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  const result = await updateSettings(await newsroomActor(), parsed.data);
  if (!result.ok) return { ...NOT_ALLOWED, values };
  const { changed } = result.value;
  if (changed.includes('closeAfterDays')) invalidateCommentWindows();
  return {
    status: 'success',
    message: changed.length === 0 ? 'Nothing changed.' : 'Moderation settings saved. They apply to the next comment posted.',
  };
}

export async function changeRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = roleChangeSchema.safeParse({ userId: form.get('userId'), role: form.get('role') });
  if (!parsed.success) return { status: 'error', message: 'Choose a role.' };
  const result = await changeRole(await newsroomActor(), parsed.data.userId, parsed.data.role);
  if (!result.ok) return result.code === 'forbidden' ? NOT_ALLOWED : { status: 'error', message: result.message };
  invalidateAuthorViews();
  return { status: 'success', message: `Role changed to ${parsed.data.role}.` };
}

export type FeatureState = FormState & { featured?: boolean };

/** Features a comment (the editors' pick, shown first) or takes it back. */
export async function featureCommentAction(_prev: FeatureState, form: FormData): Promise<FeatureState> {
  const id = commentIdSchema.safeParse(form.get('commentId'));
  const want = form.get('featured');
  if (!id.success || (want !== '1' && want !== '0')) return OUT_OF_DATE;
  const result = await setFeatured(await newsroomActor(), id.data, want === '1');
  if (!result.ok) return result.code === 'forbidden' ? NOT_ALLOWED : { status: 'error', message: result.message };
  invalidateThreadView(result.value.articleId);
  return { status: 'success', featured: want === '1', message: want === '1' ? 'Comment featured.' : 'No longer featured.' };
}
