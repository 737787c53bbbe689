import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/AuthCard';
import { safeReturnPath } from '@/lib/validation/account';
import { SignInForm } from '@/components/auth/SignInForm';
import { currentUser } from '@/lib/dal/session';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

/** Rendered whole on each request, so the form and its return path work without JavaScript. */
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, signedOut } = await searchParams;
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
  return (
    <AuthCard title="Sign in" intro={intro}>
      <SignInForm callbackUrl={safeReturnPath(callbackUrl)} />
    </AuthCard>
  );
}
