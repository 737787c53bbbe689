'use client';

import Link from 'next/link';
import { useActionState, useEffect } from 'react';
import { signInAction, type AuthFormState, type SignInField } from '@/lib/actions/auth';
import { useIsClient } from '@/components/ui/use-is-client';
import { Field, FormMessage, SubmitButton } from '@/components/ui/form';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState<AuthFormState<SignInField>, FormData>(signInAction, { status: 'idle' });
  const isClient = useIsClient();
  useEffect(() => {
    // A full load, so the header and comment forms learn about the new session.
    if (state.status === 'success' && state.redirectTo) window.location.assign(state.redirectTo);
  }, [state]);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="js" value={isClient ? '1' : '0'} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.fieldErrors?.email} key={`email-${state.values?.email ?? ''}`} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required error={state.fieldErrors?.password} />
      <FormMessage id="signin-message" status={state.status} message={state.message} />
      <SubmitButton pendingText="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
      <p className="text-sm text-muted">
        New to NewsHub?{' '}
        <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-accent underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
