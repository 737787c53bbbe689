'use client';

import './globals.css';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <main className="mx-auto max-w-2xl px-4 py-20 text-center">
          <h1 className="headline text-4xl font-bold">NewsHub is temporarily unavailable</h1>
          <p className="mt-4 text-lg">Please try again in a moment.</p>
          <button type="button" onClick={reset} className="mt-8 rounded bg-ink px-5 py-2.5 font-medium text-paper">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
