'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { headers } from 'next/headers';
import { signIn, signOut } from '@/lib/auth';
import { clientAddress } from '@/lib/auth/client-address';
import { checkThrottle, retryMessage } from '@/lib/dal/throttle';
import { createAccount } from '@/lib/dal/users';
import { safeReturnPath, signInSchema, signUpSchema } from '@/lib/validation/account';
import { fieldErrorsOf, type FormState } from '@/lib/validation/form-state';

export type SignInField = 'email' | 'password';
export type SignUpField = 'name' | 'email' | 'password';
/** With JavaScript the browser reloads into `redirectTo`, so the session it shows is fresh. */
export type AuthFormState<Field extends string> = FormState<Field> & { redirectTo?: string };

const INCORRECT = 'Email or password is incorrect.';

/** Signs in and returns to the page the reader came from; expected failures come back as form state. */
export async function signInAction(_prev: AuthFormState<SignInField>, form: FormData): Promise<AuthFormState<SignInField>> {
  const email = String(form.get('email') ?? '').slice(0, 320);
  const parsed = signInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
  if (!parsed.success) return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error.issues), values: { email } };
  const ip = clientAddress(await headers());
  const before = await checkThrottle(parsed.data.email, ip);
  if (before.limited) return { status: 'error', message: retryMessage(before.retryAfterSeconds), values: { email } };
  const redirectTo = safeReturnPath(form.get('callbackUrl'));
  const withJs = form.get('js') === '1';
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo, redirect: !withJs });
  } catch (error) {
    // Only Auth.js's own errors are expected here; anything else (including Next's redirect) goes on.
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof CredentialsSignin && error.code === 'suspended')
      return { status: 'error', message: 'This account has been suspended. Contact the newsroom if you think this is a mistake.', values: { email } };
    const after = await checkThrottle(parsed.data.email, ip);
    if (after.limited) return { status: 'error', message: retryMessage(after.retryAfterSeconds), values: { email } };
    return { status: 'error', message: INCORRECT, values: { email } };
  }
  return { status: 'success', message: 'Signed in. Taking you back…', redirectTo };
}

export async function signUpAction(_prev: AuthFormState<SignUpField>, form: FormData): Promise<AuthFormState<SignUpField>> {
  const values = { name: String(form.get('name') ?? '').slice(0, 200), email: String(form.get('email') ?? '').slice(0, 320) };
  const parsed = signUpSchema.safeParse({ name: form.get('name'), email: form.get('email'), password: form.get('password') });
  if (!parsed.success) return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  const created = await createAccount(parsed.data);
  if (!created.ok)
    return {
      status: 'error',
      message: 'An account with this email already exists. Sign in instead, or use another email.',
      fieldErrors: { email: 'This email is already registered.' },
      values,
    };
  const redirectTo = safeReturnPath(form.get('callbackUrl'));
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo, redirect: form.get('js') !== '1' });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return { status: 'error', message: 'Your account was created, but signing in failed. Please sign in.', values };
  }
  return { status: 'success', message: 'Welcome to NewsHub! Taking you back…', redirectTo };
}

export async function signOutAction(form: FormData): Promise<void> {
  await signOut({ redirectTo: safeReturnPath(form.get('callbackUrl')) });
}
