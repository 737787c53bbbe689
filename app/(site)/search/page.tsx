import type { Metadata } from 'next';
import { unstable_rethrow } from 'next/navigation';
import { listSections } from '@/lib/dal/articles';
import { searchArticles, type SearchOutcome } from '@/lib/dal/search';
import type { Section } from '@/lib/dal/types';
import { MAX_QUERY_LENGTH, parseSearchParams } from '@/lib/search/query';
import { ReaderFrame } from '@/app/(site)/reader-frame';
import { SearchForm } from '@/components/search/SearchForm';
import { SearchResults } from '@/components/search/SearchResults';
import { buttonClass } from '@/components/ui/button';

/**
 * The one reader page rendered per request: it reads the query string at the top, outside any Suspense
 * boundary, so the whole answer arrives in one response and works without JavaScript.
 */
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchParams(await searchParams);
  return {
    title: q ? `Search results for “${q}”` : 'Search',
    description: 'Search every story published on NewsHub.',
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const input = parseSearchParams(await searchParams);
  let sections: Section[];
  let outcome: SearchOutcome;
  try {
    sections = await listSections();
    const wanted = sections.find((s) => s.slug === input.section)?.slug ?? null;
    outcome = await searchArticles({ q: input.q, section: wanted, page: input.page });
  } catch (error) {
    unstable_rethrow(error);
    // The page has already begun to stream, so it says so itself rather than leaving an empty frame.
    console.error('[search] unavailable:', error instanceof Error ? error.message : error);
    return <SearchUnavailable q={input.q} />;
  }
  const section = sections.find((s) => s.slug === input.section) ?? null;

  return (
    <ReaderFrame>
      <header className="mb-8 border-b-2 border-ink pb-6">
        <p className="kicker">Search</p>
        <h1 className="mt-1 headline text-4xl font-bold break-words sm:text-5xl">{input.q ? `Results for “${input.q}”` : 'Search NewsHub'}</h1>
        <SearchForm q={input.q} section={section?.slug ?? null} sections={sections} />
        {(input.truncated || (input.section && !section)) && (
          <ul className="mt-4 space-y-1 text-sm text-muted">
            {input.truncated && <li>Only the first {MAX_QUERY_LENGTH} characters of your search were used.</li>}
            {input.section && !section && <li>There is no section called “{input.section}”, so all sections were searched.</li>}
          </ul>
        )}
      </header>
      <SearchResults outcome={outcome} q={input.q} section={section} sections={sections} />
    </ReaderFrame>
  );
}

/** Search when the database cannot be reached: the form to try again, and what happened. */
function SearchUnavailable({ q }: { q: string }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <p className="kicker">Search</p>
      <h1 className="mt-1 headline text-4xl font-bold">Search is temporarily unavailable</h1>
      <p className="mt-4 text-lg text-muted">We’re having trouble reaching our newsroom systems. Please try again in a moment.</p>
      <form role="search" action="/search" method="get" className="mt-6 flex gap-2">
        <label htmlFor="search-again" className="sr-only">
          Search NewsHub
        </label>
        <input
          id="search-again"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={MAX_QUERY_LENGTH}
          className="min-w-0 flex-1 rounded border rule bg-paper px-3 py-2"
        />
        <button type="submit" className={buttonClass()}>
          Try again
        </button>
      </form>
    </main>
  );
}
