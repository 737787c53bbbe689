'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { signOut, useSession } from 'next-auth/react';
import { signOutAction } from '@/lib/actions/auth';

const STAFF = new Set(['writer', 'editor', 'admin']);

export function AccountMenu() {
  const { data: session, status } = useSession();
  const pathname = usePathname() ?? '/';
  if (status === 'loading') return <span className="inline-block w-16" aria-hidden />;
  if (!session?.user) {
    return (
      <Link href={`/signin?callbackUrl=${encodeURIComponent(pathname)}`} className="font-medium hover:underline">
        Sign in
      </Link>
    );
  }
  return (
    <details className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-1 font-medium whitespace-nowrap hover:underline">
        <span className="sr-only">Account menu for </span>
        <bdi className="inline-block max-w-[9rem] truncate">{session.user.name}</bdi>
        <span aria-hidden>▾</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-48 rounded border rule bg-paper p-2 text-sm shadow-lg">
        <ul>
          <li>
            <Link href="/account" className="block rounded px-2 py-1.5 hover:bg-rule">
              Your account
            </Link>
          </li>
          {STAFF.has(session.user.role) && (
            <li>
              <Link href="/admin" className="block rounded px-2 py-1.5 hover:bg-rule">
                Newsroom
              </Link>
            </li>
          )}
          <li>
            <form
              action={signOutAction}
              onSubmit={(event) => {
                event.preventDefault();
                void signOut({ callbackUrl: pathname });
              }}
            >
              <input type="hidden" name="callbackUrl" value={pathname} />
              <button type="submit" className="block w-full rounded px-2 py-1.5 text-left hover:bg-rule">
                Sign out
              </button>
            </form>
          </li>
        </ul>
      </div>
    </details>
  );
}
