'use server';

import { redirect } from 'next/navigation';
import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/lib/auth';
import { currentUser } from '@/lib/dal/session';
import { signOutEverywhere } from '@/lib/dal/sessions';
import { changePassword, deleteAccount, updateDisplayName } from '@/lib/dal/users';
import { changePasswordSchema, deleteAccountSchema, displayName } from '@/lib/validation/account';
import { fieldErrorsOf, type FormState } from '@/lib/validation/form-state';
import { invalidateCommentViews } from './invalidate';

const SIGNED_OUT: FormState = { status: 'error', message: 'Your session has ended. Please sign in again.' };

export async function updateNameAction(_prev: FormState<'name'>, form: FormData): Promise<FormState<'name'>> {
  const user = await currentUser();
  if (!user) return SIGNED_OUT;
  const typed = String(form.get('name') ?? '').slice(0, 200);
  const parsed = displayName.safeParse(form.get('name'));
  if (!parsed.success)
    return { status: 'error', message: 'Check your display name.', fieldErrors: { name: parsed.error.issues[0]?.message }, values: { name: typed } };
  const updated = await updateDisplayName(user, parsed.data);
  if (!updated.ok && updated.code === 'unauthenticated') return SIGNED_OUT;
  if (!updated.ok) return { status: 'error', message: 'Check your display name.', fieldErrors: { name: updated.message }, values: { name: typed } };
  return {
    status: 'success',
    message: 'Your display name was updated. New and existing comments show it within a few seconds.',
    values: { name: parsed.data },
  };
}

export async function changePasswordAction(
  _prev: FormState<'currentPassword' | 'newPassword'>,
  form: FormData,
): Promise<FormState<'currentPassword' | 'newPassword'>> {
  const user = await currentUser();
  if (!user) return SIGNED_OUT;
  const parsed = changePasswordSchema.safeParse({ currentPassword: form.get('currentPassword'), newPassword: form.get('newPassword') });
  if (!parsed.success) return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error.issues) };
  const result = await changePassword(user, parsed.data.currentPassword, parsed.data.newPassword);
  if (!result.ok && result.code === 'unauthenticated') return SIGNED_OUT;
  if (!result.ok) return { status: 'error', message: result.message, fieldErrors: { currentPassword: 'Incorrect password.' } };
  // Every session of the account has just ended; this browser gets a new one, and the page is loaded
  // again so that it is rendered with it (this request still carries the old one).
  try {
    await signIn('credentials', { email: user.email, password: parsed.data.newPassword, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    redirect('/signin?callbackUrl=%2Faccount&signedOut=password');
  }
  redirect('/account?changed=password');
}

/** Ends every session of the account, this one included: a lost phone or a shared computer loses access. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await currentUser();
  await signOutEverywhere(user);
  await signOut({ redirect: false });
  redirect('/signin?signedOut=everywhere');
}

export async function deleteAccountAction(_prev: FormState<'password' | 'confirm'>, form: FormData): Promise<FormState<'password' | 'confirm'>> {
  const user = await currentUser();
  if (!user) return SIGNED_OUT;
  const parsed = deleteAccountSchema.safeParse({ confirm: form.get('confirm') ?? '', password: form.get('password') ?? undefined });
  if (!parsed.success) return { status: 'error', message: 'Type DELETE to confirm.', fieldErrors: fieldErrorsOf(parsed.error.issues) };
  const result = await deleteAccount(user, parsed.data.password);
  if (!result.ok && result.code === 'unauthenticated') return SIGNED_OUT;
  if (!result.ok) return { status: 'error', message: 'Your password is incorrect.', fieldErrors: { password: 'Incorrect password.' } };
  for (const articleId of result.value.commentArticleIds) invalidateCommentViews(articleId);
  await signOut({ redirect: false });
  redirect('/?account=deleted');
}
