'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { configuredOAuthProviders, signIn, signOut } from '@/lib/auth';
import { clientAddress } from '@/lib/auth/client-address';
import { isKnownDevice, KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE, knownDeviceValue } from '@/lib/auth/known-device';
import { isProduction, env } from '@/lib/env';
import { peekThrottle, retryMessage, type Attempt } from '@/lib/dal/throttle';
import { createAccount } from '@/lib/dal/users';
import { safeReturnPath, signInSchema, signUpSchema } from '@/lib/validation/account';
import { fieldErrorsOf, type FormState } from '@/lib/validation/form-state';

export type SignInField = 'email' | 'password';
export type SignUpField = 'name' | 'email' | 'password';
/** With JavaScript the browser reloads into `redirectTo`, so the session it shows is fresh. */
export type AuthFormState<Field extends string> = FormState<Field> & { redirectTo?: string };

const INCORRECT = 'Email or password is incorrect.';
const TRY_AGAIN = 'We couldn’t sign you in just now. Please try again in a moment.';

/** Auth.js reports an error thrown inside our credentials check (the database, say) as a CallbackRouteError. */
const isServerFailure = (error: AuthError) => error.type === 'CallbackRouteError' && !(error.cause?.err instanceof CredentialsSignin);

async function attemptFrom(email: string): Promise<Attempt> {
  const jar = await cookies();
  return { email, address: clientAddress(await headers()), knownDevice: isKnownDevice(jar.get(KNOWN_DEVICE_COOKIE)?.value, email) };
}

/** Remembers that this browser signed in to the account, for sign-in throttling (lib/auth/known-device.ts). */
async function rememberDevice(email: string) {
  (await cookies()).set(KNOWN_DEVICE_COOKIE, knownDeviceValue(email), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: KNOWN_DEVICE_MAX_AGE,
    secure: isProduction && Boolean(env.SITE_URL?.startsWith('https:')),
  });
}

/** Signs in and returns to the page the reader came from; expected failures come back as form state. */
export async function signInAction(_prev: AuthFormState<SignInField>, form: FormData): Promise<AuthFormState<SignInField>> {
  const email = String(form.get('email') ?? '').slice(0, 320);
  const parsed = signInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
  if (!parsed.success) return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error.issues), values: { email } };
  const attempt = await attemptFrom(parsed.data.email);
  try {
    const before = await peekThrottle(attempt);
    if (before.limited) return { status: 'error', message: retryMessage(before.retryAfterSeconds), values: { email } };
  } catch (error) {
    console.error('[sign-in] throttle check failed:', error instanceof Error ? error.message : error);
    return { status: 'error', message: TRY_AGAIN, values: { email } };
  }
  const redirectTo = safeReturnPath(form.get('callbackUrl'));
  const withJs = form.get('js') === '1';
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo, redirect: false });
  } catch (error) {
    // Only Auth.js's own errors are expected here; anything else (including Next's redirect) goes on.
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof CredentialsSignin && error.code === 'suspended')
      return { status: 'error', message: 'This account has been suspended. Contact the newsroom if you think this is a mistake.', values: { email } };
    if (isServerFailure(error)) return { status: 'error', message: TRY_AGAIN, values: { email } };
    const after = await peekThrottle(attempt).catch(() => ({ limited: false as const }));
    if (after.limited) return { status: 'error', message: retryMessage(after.retryAfterSeconds), values: { email } };
    return { status: 'error', message: INCORRECT, values: { email } };
  }
  await rememberDevice(parsed.data.email);
  // Without JavaScript the browser follows a redirect; with it, the form reloads into `redirectTo`.
  if (!withJs) redirect(redirectTo);
  return { status: 'success', message: 'Signed in. Taking you back…', redirectTo };
}

export async function signUpAction(_prev: AuthFormState<SignUpField>, form: FormData): Promise<AuthFormState<SignUpField>> {
  const values = { name: String(form.get('name') ?? '').slice(0, 200), email: String(form.get('email') ?? '').slice(0, 320) };
  const parsed = signUpSchema.safeParse({ name: form.get('name'), email: form.get('email'), password: form.get('password') });
  if (!parsed.success) return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  let created;
  try {
    created = await createAccount(parsed.data);
  } catch (error) {
    console.error('[sign-up] account could not be created:', error instanceof Error ? error.message : error);
    return { status: 'error', message: 'We couldn’t create your account just now. Please try again in a moment.', values };
  }
  if (!created.ok && created.code === 'name-taken')
    return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: { name: created.message }, values };
  if (!created.ok) return { status: 'error', message: created.message, fieldErrors: { email: 'This email is already registered.' }, values };
  const redirectTo = safeReturnPath(form.get('callbackUrl'));
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return { status: 'error', message: 'Your account was created, but signing in failed. Please sign in.', values };
  }
  await rememberDevice(parsed.data.email);
  if (form.get('js') !== '1') redirect(redirectTo);
  return { status: 'success', message: 'Welcome to NewsHub! Taking you back…', redirectTo };
}

export async function signOutAction(form: FormData): Promise<void> {
  await signOut({ redirectTo: safeReturnPath(form.get('callbackUrl')) });
}

/** "Continue with GitHub / Google": off to the provider, and back to the page the reader came from. */
export async function oauthSignInAction(form: FormData): Promise<void> {
  const redirectTo = safeReturnPath(form.get('callbackUrl'));
  const provider = configuredOAuthProviders().find((p) => p === form.get('provider'));
  if (!provider) redirect(`/signin?error=unavailable&callbackUrl=${encodeURIComponent(redirectTo)}`);
  await signIn(provider, { redirectTo });
}
