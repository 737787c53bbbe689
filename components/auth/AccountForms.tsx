'use client';

import { useActionState } from 'react';
import { changePasswordAction, deleteAccountAction, signOutEverywhereAction, updateNameAction } from '@/lib/actions/account';
import type { FormState } from '@/lib/validation/form-state';
import { Field, FormMessage, SubmitButton } from '@/components/ui/form';

export function DisplayNameForm({ name }: { name: string }) {
  const [state, action] = useActionState<FormState<'name'>, FormData>(updateNameAction, { status: 'idle' });
  return (
    <form action={action} className="space-y-3" aria-label="Display name">
      <Field
        label="Display name"
        name="name"
        defaultValue={state.values?.name ?? name}
        key={state.values?.name ?? name}
        maxLength={80}
        required
        error={state.fieldErrors?.name}
      />
      <FormMessage id="name-message" status={state.status} message={state.message} />
      <SubmitButton pendingText="Saving…">Save name</SubmitButton>
    </form>
  );
}

export function PasswordForm() {
  const [state, action] = useActionState<FormState<'currentPassword' | 'newPassword'>, FormData>(changePasswordAction, { status: 'idle' });
  return (
    <form action={action} className="space-y-3" aria-label="Change password">
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.currentPassword}
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        required
        error={state.fieldErrors?.newPassword}
      />
      <FormMessage id="password-message" status={state.status} message={state.message} />
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}

export function DeleteAccountForm() {
  const [state, action] = useActionState<FormState<'password' | 'confirm'>, FormData>(deleteAccountAction, { status: 'idle' });
  return (
    <form action={action} className="space-y-3" aria-label="Delete account">
      <p className="text-sm text-muted">Your comments stay on the site, shown as from “deleted user”. This cannot be undone.</p>
      <Field label="Password" name="password" type="password" autoComplete="current-password" error={state.fieldErrors?.password} />
      <Field label="Type DELETE to confirm" name="confirm" autoComplete="off" error={state.fieldErrors?.confirm} />
      <FormMessage id="delete-message" status={state.status} message={state.message} />
      <SubmitButton pendingText="Deleting…" variant="danger">
        Delete my account
      </SubmitButton>
    </form>
  );
}

/** Ends every session of the account, this browser's included. */
export function SignOutEverywhereForm() {
  return (
    <form action={signOutEverywhereAction} className="space-y-3" aria-label="Sign out everywhere">
      <p className="text-sm text-muted">Lost a phone, or signed in on a shared computer? This signs you out on every device, this one included.</p>
      <SubmitButton pendingText="Signing out…">Sign out everywhere</SubmitButton>
    </form>
  );
}
