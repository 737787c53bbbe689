'use client';

import { ReaderLink } from '@/components/ui/ReaderLink';
import { Button, buttonClass } from '@/components/ui/button';

/** Unexpected failures (the database is down, say): a plain message, never a stack trace. */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-20 text-center sm:px-6">
      <p className="kicker">Something went wrong</p>
      <h1 className="mt-2 headline text-4xl font-bold">This page is temporarily unavailable</h1>
      <p className="mt-4 text-lg text-muted">We’re having trouble reaching our newsroom systems. Please try again in a moment.</p>
      <div className="mt-8 flex justify-center gap-4">
        <Button onClick={reset} size="lg">
          Try again
        </Button>
        <ReaderLink href="/" className={buttonClass({ variant: 'quiet', size: 'lg' })}>
          Front page
        </ReaderLink>
      </div>
    </main>
  );
}
