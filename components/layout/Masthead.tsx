import { Suspense } from 'react';
import Link from 'next/link';
import { TodayLine } from './TodayLine';
import { AccountMenu } from '@/components/auth/AccountMenu';

export function Masthead() {
  return (
    <header className="rule border-b">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:px-3 focus:py-2 focus:text-ink"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-7xl items-end justify-between gap-4 px-4 pt-5 pb-3 sm:px-6">
        <p className="hidden w-48 text-xs text-muted sm:block">
          <TodayLine />
        </p>
        <Link href="/" className="headline text-4xl font-bold tracking-tight sm:text-5xl" aria-label="NewsHub home">
          news<span className="text-accent">hub</span>
        </Link>
        <nav aria-label="Utilities" className="flex w-48 items-center justify-end gap-4 text-sm">
          <Link href="/about" className="link-quiet hidden sm:inline">
            About
          </Link>
          <Suspense fallback={<span className="inline-block w-16" aria-hidden />}>
            <AccountMenu />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}
