import Link from 'next/link';
import { Masthead } from '@/components/layout/Masthead';
import { SiteFooter } from '@/components/layout/SiteFooter';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <>
      <Masthead />
      <main id="main" className="mx-auto max-w-2xl px-4 py-20 text-center sm:px-6">
        <p className="kicker">Error 404</p>
        <h1 className="headline mt-2 text-4xl font-bold">We couldn’t find that page</h1>
        <p className="mt-4 text-lg text-muted">
          The story may have been moved or unpublished, or the address may be mistyped.
        </p>
        <p className="mt-8">
          <Link href="/" className="inline-block rounded bg-ink px-5 py-2.5 font-medium text-paper hover:bg-accent">
            Go to the front page
          </Link>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
