'use client';

import { ReaderLink } from '@/components/ui/ReaderLink';
import { signInAction } from '@/lib/actions/auth';
import { useAuthForm } from './use-auth-form';
import { Field, FormMessage, SubmitButton } from '@/components/ui/form';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const { state, formAction, hiddenFields } = useAuthForm(signInAction, callbackUrl);
  return (
    <form action={formAction} className="space-y-4" aria-label="Sign in" noValidate>
      {hiddenFields}
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
        key={`email-${state.values?.email ?? ''}`}
      />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required error={state.fieldErrors?.password} />
      <FormMessage id="signin-message" status={state.status} message={state.message} />
      <SubmitButton pendingText="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
      <p className="text-sm text-muted">
        New to NewsHub?{' '}
        <ReaderLink href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-accent underline">
          Create an account
        </ReaderLink>
      </p>
    </form>
  );
}
