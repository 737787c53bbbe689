'use server';

import { z } from 'zod';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { moderateComments, setBan, updateSettings } from '@/lib/dal/admin/moderation';
import { changeRole } from '@/lib/dal/admin/users';
import { ROLES, PREMODERATION_MODES } from '@/lib/domain';
import { fieldErrorsOf, type FormState } from '@/lib/validation/form-state';
import { invalidateCommentViews } from './invalidate';
import { updateTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';

const NOT_ALLOWED: FormState = { status: 'error', message: 'Your role does not allow that.' };

export async function moderateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await newsroomActor();
  // A row button sends "decision:id"; the bulk buttons send a decision for the selected comments.
  const single = /^(approve|hide|delete):(\d{1,10})$/.exec(String(form.get('single') ?? ''));
  const decision = z.enum(['approve', 'hide', 'delete']).safeParse(single ? single[1] : form.get('decision'));
  if (!decision.success) return { status: 'error', message: 'Choose approve, hide or delete.' };
  const ids = single ? [Number(single[2])] : form.getAll('commentId').map((v) => Number(v));
  const result = await moderateComments(actor, ids, decision.data);
  if (!result.ok) return result.code === 'forbidden' ? NOT_ALLOWED : { status: 'error', message: result.message };
  for (const articleId of result.articleIds) invalidateCommentViews(articleId);
  const verb = { approve: 'approved', hide: 'hidden', delete: 'deleted' }[decision.data];
  return { status: 'success', message: `${result.count} comment${result.count === 1 ? '' : 's'} ${verb}.` };
}

export async function banAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await newsroomActor();
  const userId = z.string().min(1).max(64).safeParse(form.get('userId'));
  if (!userId.success) return { status: 'error', message: 'This page is out of date. Reload it and try again.' };
  const banned = form.get('banned') === '1';
  const result = await setBan(actor, userId.data, banned, String(form.get('reason') ?? ''));
  if (!result.ok) return result.code === 'forbidden' ? NOT_ALLOWED : { status: 'error', message: result.message };
  for (const articleId of result.articleIds) invalidateCommentViews(articleId);
  return { status: 'success', message: banned ? 'User banned. They can no longer post.' : 'Ban lifted.' };
}

const wordList = z
  .string()
  .max(20_000)
  .transform((v) =>
    [
      ...new Set(
        v
          .split(/[\n,]/)
          .map((w) => w.trim().toLowerCase())
          .filter(Boolean),
      ),
    ].slice(0, 500),
  );

const settingsSchema = z.object({
  premoderation: z.enum(PREMODERATION_MODES),
  floodSeconds: z.coerce.number({ error: 'Enter a number of seconds.' }).int().min(0, 'Use 0 or more seconds.').max(3600, 'Use at most 3,600 seconds.'),
  newUserLinkLimit: z.coerce.number().int().min(0).max(50),
  trustedAfter: z.coerce.number().int().min(0).max(1000),
  bannedWords: wordList,
  heldWords: wordList,
  closeAfterDays: z.preprocess(
    (v) => (v === '' || v == null ? null : v),
    z.coerce.number().int().min(1, 'Use 1 day or more, or leave empty.').max(3650).nullable(),
  ),
});

type SettingsField = keyof z.infer<typeof settingsSchema>;

export async function saveSettingsAction(_prev: FormState<SettingsField>, form: FormData): Promise<FormState<SettingsField>> {
  const actor = await newsroomActor();
  const values = Object.fromEntries([...form.entries()].filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, String(v).slice(0, 20_000)])) as Partial<
    Record<SettingsField, string>
  >;
  const parsed = settingsSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  const result = await updateSettings(actor, parsed.data);
  if (!result.ok) return { ...NOT_ALLOWED, values };
  return { status: 'success', message: 'Moderation settings saved. They apply to the next comment posted.' };
}

export async function changeRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await newsroomActor();
  const parsed = z.object({ userId: z.string().min(1).max(64), role: z.enum(ROLES) }).safeParse({ userId: form.get('userId'), role: form.get('role') });
  if (!parsed.success) return { status: 'error', message: 'Choose a role.' };
  const result = await changeRole(actor, parsed.data.userId, parsed.data.role);
  if (!result.ok) return result.code === 'forbidden' ? NOT_ALLOWED : { status: 'error', message: result.message };
  updateTag(cacheTags.authors);
  return { status: 'success', message: `Role changed to ${parsed.data.role}.` };
}
