import { Suspense } from 'react';
import { ReaderLink } from '@/components/ui/ReaderLink';
import { TodayLine } from './TodayLine';
import { AccountMenu } from '@/components/auth/AccountMenu';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';

export function Masthead() {
  return (
    <header className="border-b rule">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-paper focus:px-3 focus:py-2 focus:text-ink"
      >
        Skip to content
      </a>
      <div className="mx-auto grid max-w-7xl grid-cols-[minmax(0,1fr)_auto] items-center gap-x-4 gap-y-3 px-4 pt-5 pb-3 sm:grid-cols-[11rem_minmax(0,1fr)_11rem] sm:items-end sm:gap-y-2 sm:px-6 lg:grid-cols-[13rem_minmax(0,1fr)_13rem]">
        <p className="hidden text-xs text-muted sm:col-start-1 sm:row-span-2 sm:row-start-1 sm:block sm:self-end">
          <TodayLine />
        </p>
        <ReaderLink
          href="/"
          className="justify-self-start headline text-4xl font-bold tracking-tight sm:col-start-2 sm:row-span-2 sm:row-start-1 sm:justify-self-center sm:text-5xl"
          aria-label="NewsHub home"
        >
          news<span className="text-accent">hub</span>
        </ReaderLink>
        <nav aria-label="Utilities" className="flex items-center justify-end gap-4 text-sm sm:col-start-3 sm:row-start-1 print:hidden">
          <ReaderLink href="/about" className="hidden link-quiet sm:inline">
            About
          </ReaderLink>
          <Suspense fallback={<span className="inline-block w-16" aria-hidden />}>
            <AccountMenu />
          </Suspense>
        </nav>
        {/* A plain GET form: no script, nothing read per request, so the cached layout can hold it. */}
        <form
          role="search"
          aria-label="Site search"
          action="/search"
          method="get"
          className="col-span-2 flex sm:col-span-1 sm:col-start-3 sm:row-start-2 print:hidden"
        >
          <label htmlFor="site-search" className="sr-only">
            Search NewsHub
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search"
            maxLength={MAX_QUERY_LENGTH}
            enterKeyHint="search"
            className="min-w-0 flex-1 rounded-l border border-r-0 rule bg-paper px-2.5 py-1.5 text-sm placeholder:text-muted"
          />
          <button type="submit" className="rounded-r border rule bg-paper px-2.5 text-muted hover:border-accent hover:text-accent">
            <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
              <circle cx="8.5" cy="8.5" r="5.5" />
              <path d="m13 13 4.5 4.5" />
            </svg>
            <span className="sr-only">Search</span>
          </button>
        </form>
      </div>
    </header>
  );
}
