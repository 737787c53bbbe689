import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/AuthCard';
import { safeReturnPath } from '@/lib/validation/account';
import { SignInForm } from '@/components/auth/SignInForm';
import { currentUser } from '@/lib/dal/session';
import { OAuthButtons } from '@/components/auth/OAuthButtons';
import { configuredOAuthProviders } from '@/lib/auth';

/** What went wrong on the way back from a sign-in service (Auth.js names the error in the URL). */
function signInProblem(code: unknown): string | null {
  if (typeof code !== 'string' || code === '') return null;
  if (code === 'OAuthAccountNotLinked') return 'An account with that email already exists. Sign in with your email and password; you can then keep using it.';
  if (code === 'AccessDenied') return 'Sign-in was cancelled or refused. You can try again, or sign in with your email.';
  if (code === 'unavailable') return 'That sign-in service is not available on this site. Sign in with your email instead.';
  return 'Signing in with that service didn’t work just now. Try again in a moment, or sign in with your email.';
}

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

/** Rendered whole on each request, so the form and its return path work without JavaScript. */
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, signedOut, error } = await searchParams;
  // Already signed in (say, from a page cached before): straight on to where the reader was going.
  if (await currentUser()) {
    const next = safeReturnPath(callbackUrl);
    redirect(/^\/(signin|signup)(\?|$)/.test(next) ? '/' : next);
  }
  const intro =
    signedOut === 'everywhere'
      ? 'You were signed out on every device. Sign in again to continue.'
      : signedOut === 'password'
        ? 'Your password was changed. Sign in with your new password.'
        : 'Sign in to join the conversation under our stories.';
  const returnTo = safeReturnPath(callbackUrl);
  const problem = signInProblem(error);
  return (
    <AuthCard title="Sign in" intro={intro}>
      {problem && (
        <p role="alert" className="mb-5 rounded border border-accent/40 bg-accent/5 p-3 text-sm">
          {problem}
        </p>
      )}
      <OAuthButtons providers={configuredOAuthProviders()} callbackUrl={returnTo} />
      <SignInForm callbackUrl={returnTo} />
    </AuthCard>
  );
}
