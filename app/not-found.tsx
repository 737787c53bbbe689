import { ReaderLink } from '@/components/ui/ReaderLink';
import { NotFoundMessage } from '@/components/layout/NotFoundMessage';

export const metadata = { title: 'Page not found' };

/**
 * notFound() outside the reader pages (the newsroom). Next.js sends the root not-found with every page
 * of the app, so it stays small: a wordmark instead of the whole masthead. Unmatched URLs get the full
 * page in global-not-found.tsx.
 */
export default function NotFound() {
  return (
    <>
      <header className="border-b rule px-4 py-4 text-center">
        <ReaderLink href="/" className="headline text-3xl font-bold" aria-label="NewsHub home">
          news<span className="text-accent">hub</span>
        </ReaderLink>
      </header>
      <NotFoundMessage />
    </>
  );
}
