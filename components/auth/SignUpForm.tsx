'use client';

import Link from 'next/link';
import { useActionState, useEffect } from 'react';
import { signUpAction, type AuthFormState, type SignUpField } from '@/lib/actions/auth';
import { useIsClient } from '@/components/ui/use-is-client';
import { Field, FormMessage, SubmitButton } from '@/components/ui/form';

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState<AuthFormState<SignUpField>, FormData>(signUpAction, { status: 'idle' });
  const keep = `${state.values?.name ?? ''}|${state.values?.email ?? ''}`;
  const isClient = useIsClient();
  useEffect(() => {
    // A full load, so the header and comment forms learn about the new session.
    if (state.status === 'success' && state.redirectTo) window.location.assign(state.redirectTo);
  }, [state]);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="js" value={isClient ? '1' : '0'} />
      <Field label="Display name" name="name" autoComplete="nickname" required maxLength={80} hint="Shown next to your comments." defaultValue={state.values?.name} error={state.fieldErrors?.name} key={`name-${keep}`} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.fieldErrors?.email} key={`email-${keep}`} />
      <Field label="Password" name="password" type="password" autoComplete="new-password" required hint="At least 8 characters. Long passphrases are welcome." error={state.fieldErrors?.password} />
      <FormMessage id="signup-message" status={state.status} message={state.message} />
      <SubmitButton pendingText="Creating your account…" className="w-full">
        Create account
      </SubmitButton>
      <p className="text-sm text-muted">
        Already have an account?{' '}
        <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-accent underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
