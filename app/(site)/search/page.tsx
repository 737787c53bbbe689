import type { Metadata } from 'next';
import { listSections } from '@/lib/dal/articles';
import { searchArticles } from '@/lib/dal/search';
import { MAX_QUERY_LENGTH, parseSearchParams } from '@/lib/search/query';
import { ReaderShell } from '@/components/layout/ReaderShell';
import { SearchForm } from '@/components/search/SearchForm';
import { SearchResults } from '@/components/search/SearchResults';

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
  const sections = await listSections();
  const section = sections.find((s) => s.slug === input.section) ?? null;
  const outcome = await searchArticles({ q: input.q, section: section?.slug ?? null, page: input.page });

  return (
    <ReaderShell>
      <header className="mb-8 border-b-2 border-ink pb-6">
        <p className="kicker">Search</p>
        <h1 className="headline mt-1 text-4xl font-bold break-words sm:text-5xl">{input.q ? `Results for “${input.q}”` : 'Search NewsHub'}</h1>
        <SearchForm q={input.q} section={section?.slug ?? null} sections={sections} />
        {(input.truncated || (input.section && !section)) && (
          <ul className="mt-4 space-y-1 text-sm text-muted">
            {input.truncated && <li>Only the first {MAX_QUERY_LENGTH} characters of your search were used.</li>}
            {input.section && !section && <li>There is no section called “{input.section}”, so all sections were searched.</li>}
          </ul>
        )}
      </header>
      <SearchResults outcome={outcome} q={input.q} section={section} sections={sections} />
    </ReaderShell>
  );
}
