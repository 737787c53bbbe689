import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/dal/session';
import { canUseNewsroom } from '@/lib/auth/permissions';
import { AdminNav } from '@/components/admin/AdminNav';
import { buttonClass } from '@/components/ui/button';

export const metadata: Metadata = { title: { default: 'Newsroom', template: '%s | NewsHub newsroom' }, robots: { index: false, follow: false } };

/** The newsroom is rendered per request for the signed-in staff member; nothing here is cached. */
export const instant = false;

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  if (!user) redirect('/signin?callbackUrl=%2Fadmin');
  if (!canUseNewsroom(user)) {
    return (
      <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
        <p className="kicker">Newsroom</p>
        <h1 className="mt-2 headline text-3xl font-bold">You’re not allowed here</h1>
        <p className="mt-4 text-muted">
          The newsroom is for NewsHub’s writers, editors and admins.{user.banned ? ' This account is suspended.' : ' Your account is a reader account.'}
        </p>
        <p className="mt-8">
          <Link href="/" className={buttonClass({ size: 'lg' })}>
            Back to the front page
          </Link>
        </p>
      </main>
    );
  }
  return (
    <>
      <AdminNav user={user} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
        {children}
      </main>
    </>
  );
}
