import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/AuthCard';
import { safeReturnPath } from '@/lib/validation/account';
import { SignUpForm } from '@/components/auth/SignUpForm';
import { OAuthButtons } from '@/components/auth/OAuthButtons';
import { configuredOAuthProviders } from '@/lib/auth';

export const metadata: Metadata = { title: 'Create an account', robots: { index: false } };

/** Rendered whole on each request, so the form and its return path work without JavaScript. */
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl);
  return (
    <AuthCard title="Create your account" intro="Free, and all you need to comment on NewsHub stories.">
      <OAuthButtons providers={configuredOAuthProviders()} callbackUrl={returnTo} />
      <SignUpForm callbackUrl={returnTo} />
    </AuthCard>
  );
}
