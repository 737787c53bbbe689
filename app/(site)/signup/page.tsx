import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/AuthCard';
import { safeReturnPath } from '@/lib/validation/account';
import { SignUpForm } from '@/components/auth/SignUpForm';

export const metadata: Metadata = { title: 'Create an account', robots: { index: false } };

/** Rendered whole on each request, so the form and its return path work without JavaScript. */
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  return (
    <AuthCard title="Create your account" intro="Free, and all you need to comment on NewsHub stories.">
      <SignUpForm callbackUrl={safeReturnPath(callbackUrl)} />
    </AuthCard>
  );
}
