import { ReaderLink } from '@/components/ui/ReaderLink';
import { buttonClass } from '@/components/ui/button';

/** The body of every 404: the (site) segment's, the newsroom's and the one for unmatched URLs. */
export function NotFoundMessage() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-20 text-center sm:px-6">
      <p className="kicker">Error 404</p>
      <h1 className="mt-2 headline text-4xl font-bold">We couldn’t find that page</h1>
      <p className="mt-4 text-lg text-muted">The story may have been moved or unpublished, or the address may be mistyped.</p>
      <p className="mt-8">
        <ReaderLink href="/" className={buttonClass({ size: 'lg' })}>
          Go to the front page
        </ReaderLink>
      </p>
    </main>
  );
}
