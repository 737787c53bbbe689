import type { Metadata } from 'next';
import { ReaderLink } from '@/components/ui/ReaderLink';
import { buttonClass } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Not allowed', robots: { index: false } };

/** What a signed-in reader sees at a newsroom address (proxy.ts answers it with status 403). */
export default function NotAllowedPage() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="kicker">Newsroom</p>
      <h1 className="mt-2 headline text-3xl font-bold">You’re not allowed here</h1>
      <p className="mt-4 text-muted">The newsroom is for NewsHub’s writers, editors and admins. Your account is a reader account.</p>
      <p className="mt-8">
        <ReaderLink href="/" className={buttonClass({ size: 'lg' })}>
          Back to the front page
        </ReaderLink>
      </p>
    </main>
  );
}
