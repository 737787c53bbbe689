'use client';

import { ReaderLink } from '@/components/ui/ReaderLink';
import { signUpAction } from '@/lib/actions/auth';
import { useAuthForm } from './use-auth-form';
import { Field, FormMessage, SubmitButton } from '@/components/ui/form';

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const { state, formAction, hiddenFields } = useAuthForm(signUpAction, callbackUrl);
  const keep = `${state.values?.name ?? ''}|${state.values?.email ?? ''}`;
  return (
    <form action={formAction} className="space-y-4" aria-label="Create an account" noValidate>
      {hiddenFields}
      <Field
        label="Display name"
        name="name"
        autoComplete="nickname"
        required
        maxLength={80}
        hint="Shown next to your comments."
        defaultValue={state.values?.name}
        error={state.fieldErrors?.name}
        key={`name-${keep}`}
      />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
        key={`email-${keep}`}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters. Long passphrases are welcome."
        error={state.fieldErrors?.password}
      />
      <FormMessage id="signup-message" status={state.status} message={state.message} />
      <SubmitButton pendingText="Creating your account…" className="w-full">
        Create account
      </SubmitButton>
      <p className="text-sm text-muted">
        Already have an account?{' '}
        <ReaderLink href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-accent underline">
          Sign in
        </ReaderLink>
      </p>
    </form>
  );
}
