'use client';

import { ReaderLink } from '@/components/ui/ReaderLink';
import { usePathname } from 'next/navigation';
import { signOutAction } from '@/lib/actions/auth';
import { signOutHere, useViewer } from './use-viewer';

const STAFF = new Set(['writer', 'editor', 'admin']);

export function AccountMenu() {
  const viewer = useViewer();
  const pathname = usePathname() ?? '/';
  if (viewer.status !== 'signed-in') {
    // Rendered with the page, so it is there at once; hidden while a signed-in reader's menu loads.
    return (
      <ReaderLink href={`/signin?callbackUrl=${encodeURIComponent(pathname)}`} className="viewer-signin font-medium hover:underline">
        Sign in
      </ReaderLink>
    );
  }
  return (
    <details className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-1 font-medium whitespace-nowrap hover:underline">
        <span className="sr-only">Account menu for </span>
        <bdi className="inline-block max-w-[9rem] truncate">{viewer.viewer.name}</bdi>
        <span aria-hidden>▾</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-48 rounded border rule bg-paper p-2 text-sm shadow-lg">
        <ul>
          <li>
            <ReaderLink href="/account" className="block rounded px-2 py-1.5 hover:bg-rule">
              Your account
            </ReaderLink>
          </li>
          {STAFF.has(viewer.viewer.role) && (
            <li>
              <ReaderLink href="/admin" className="block rounded px-2 py-1.5 hover:bg-rule">
                Newsroom
              </ReaderLink>
            </li>
          )}
          <li>
            <form
              action={signOutAction}
              onSubmit={(event) => {
                event.preventDefault();
                void signOutHere(pathname);
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
