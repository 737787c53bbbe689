import Link from 'next/link';
import type { CurrentUser } from '@/lib/dal/session';
import { canManageUsers, canModerate } from '@/lib/auth/permissions';

export function AdminNav({ user }: { user: CurrentUser }) {
  const links = [
    { href: '/admin/articles', label: 'Articles', show: true },
    { href: '/admin/comments', label: 'Comments', show: canModerate(user) },
    { href: '/admin/breaking', label: 'Breaking news', show: canModerate(user) },
    { href: '/admin/audience', label: 'Audience', show: canModerate(user) },
    { href: '/admin/newsletters', label: 'Newsletters', show: canModerate(user) },
    { href: '/admin/settings', label: 'Moderation settings', show: canModerate(user) },
    { href: '/admin/users', label: 'Users', show: canManageUsers(user) },
    { href: '/admin/audit', label: 'Audit log', show: canManageUsers(user) },
  ];
  return (
    <header className="border-b rule bg-paper">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <p className="headline text-xl font-bold">
          <Link href="/admin">
            news<span className="text-accent">hub</span> <span className="text-base font-normal text-muted">newsroom</span>
          </Link>
        </p>
        <nav aria-label="Newsroom">
          <ul className="flex flex-wrap gap-1 text-sm font-medium">
            {links
              .filter((l) => l.show)
              .map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="block rounded px-3 py-1.5 hover:bg-rule">
                    {l.label}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <p className="text-sm text-muted">
          <bdi>{user.name}</bdi> · {user.role} ·{' '}
          <Link href="/" className="underline">
            View site
          </Link>
        </p>
      </div>
    </header>
  );
}
