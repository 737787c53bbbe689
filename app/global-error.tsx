'use client';

import './globals.css';
import { Button } from '@/components/ui/button';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <main className="mx-auto max-w-2xl px-4 py-20 text-center">
          <h1 className="headline text-4xl font-bold">NewsHub is temporarily unavailable</h1>
          <p className="mt-4 text-lg">Please try again in a moment.</p>
          <Button onClick={reset} size="lg" className="mt-8">
            Try again
          </Button>
        </main>
      </body>
    </html>
  );
}
