import { ReaderLink } from '@/components/ui/ReaderLink';
import type { SearchHit, SearchOutcome } from '@/lib/dal/search';
import type { SectionLink } from '@/lib/dal/types';
import { MAX_SEARCH_PAGE, SEARCH_PAGE_SIZE, searchHref } from '@/lib/search/query';
import { Pagination } from '@/components/articles/Pagination';
import { SiteTime } from '@/components/ui/SiteTime';
import { Highlighted, Snippet } from './Snippet';

type Props = {
  outcome: SearchOutcome;
  q: string;
  /** The section the search was limited to, if any. */
  section: SectionLink | null;
  sections: SectionLink[];
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function SearchResults({ outcome, q, section, sections }: Props) {
  if (outcome.status === 'empty') {
    return (
      <Help title="What are you looking for?" sections={sections}>
        Search every story NewsHub has published: headlines, summaries and the full text.
      </Help>
    );
  }
  if (outcome.status === 'no-terms') {
    return (
      <Help title="Nothing to search for" sections={sections}>
        “{q}” has no words we can look for. Punctuation and very common words such as “the” or “and” are left out of searches.
      </Help>
    );
  }
  if (outcome.status === 'exclusions-only') {
    return (
      <Help title="Add a word to look for" sections={sections}>
        Your search only says which words to leave out. Add at least one word to find, for example <Example>election -poll</Example>.
      </Help>
    );
  }

  const { hits, total, totalIsLowerBound, page, totalPages } = outcome;
  const where = section ? ` in ${section.name}` : '';
  if (total === 0) {
    return (
      <Help title={`No stories match “${q}”${where}`} sections={sections}>
        Check the spelling, try fewer or more general words
        {section ? (
          <>
            , or{' '}
            <ReaderLink href={searchHref({ q })} className="font-medium text-accent hover:underline">
              search all sections
            </ReaderLink>
          </>
        ) : null}
        .
      </Help>
    );
  }
  if (hits.length === 0) {
    return (
      <p className="border-y rule py-10 text-center text-muted">
        There {totalPages === 1 ? 'is only one page' : `are only ${totalPages} pages`} of results for “{q}”{where}.{' '}
        <ReaderLink href={searchHref({ q, section: section?.slug, page: totalPages })} className="font-medium text-accent hover:underline">
          Go to the last page
        </ReaderLink>
        .
      </p>
    );
  }

  const shown = Math.min(total, MAX_SEARCH_PAGE * SEARCH_PAGE_SIZE);
  return (
    <section aria-labelledby="search-results-heading">
      <h2 id="search-results-heading" className="text-sm text-muted">
        {totalIsLowerBound ? `At least ${plural(total, 'story matches', 'stories match')}` : plural(total, 'story matches', 'stories match')} “{q}”{where}
        {totalPages > 1 && `, page ${page} of ${totalPages}`}
        {totalIsLowerBound
          ? ` (the newest ${total.toLocaleString('en-GB')} are ranked; add words to narrow it down)`
          : shown < total && ` (showing the ${shown.toLocaleString('en-GB')} most relevant)`}
      </h2>
      <ol className="mt-4 divide-y divide-rule">
        {hits.map((hit) => (
          <li key={hit.id} className="py-6 first:pt-0">
            <Result hit={hit} />
          </li>
        ))}
      </ol>
      <Pagination
        page={page}
        totalPages={totalPages}
        href={(n) => searchHref({ q, section: section?.slug, page: n })}
        label="Search result pages"
        previousText="Previous results"
        nextText="More results"
      />
    </section>
  );
}

function Result({ hit }: { hit: SearchHit }) {
  const href = `/articles/${hit.slug}`;
  return (
    <article>
      <p className="kicker">{hit.kind}</p>
      <h3 className="title-m sm:text-2xl">
        <ReaderLink href={href} className="hover-line">
          <Highlighted text={hit.titleMarked} />
        </ReaderLink>
      </h3>
      <Snippet text={hit.snippet} className="mt-2" />
      <p className="meta">
        <ReaderLink href={`/${hit.section.slug}`} className="meta-section">
          {hit.section.name}
        </ReaderLink>
        {hit.author && <bdi>{hit.author.name}</bdi>}
        <SiteTime iso={hit.publishedAt} format="date" />
      </p>
    </article>
  );
}

function Example({ children }: { children: React.ReactNode }) {
  return <code className="rounded border rule px-1.5 py-0.5 font-mono text-[0.9em] text-ink">{children}</code>;
}

/** What to do next when there is nothing to list: tips and a way into the sections. */
function Help({ title, children, sections }: { title: string; children: React.ReactNode; sections: SectionLink[] }) {
  return (
    <section aria-labelledby="search-help-heading" className="space-y-8">
      <div>
        <h2 id="search-help-heading" className="headline text-2xl font-bold break-words">
          {title}
        </h2>
        <p className="mt-2 max-w-2xl text-lg text-muted">{children}</p>
      </div>
      <div className="border-t rule pt-5">
        <h3 className="kicker">Search tips</h3>
        <ul className="mt-3 space-y-2 text-sm leading-relaxed">
          <li>
            Put a phrase in quotes to find those words together: <Example>&quot;central bank&quot;</Example>
          </li>
          <li>
            Use <Example>OR</Example> to find either word: <Example>rates OR bonds</Example>
          </li>
          <li>
            Put a minus before a word to leave it out: <Example>election -poll</Example>
          </li>
          <li>Words match their other forms, so “negotiations” also finds “negotiate”. Headline matches come first.</li>
        </ul>
      </div>
      {sections.length > 0 && (
        <nav aria-labelledby="search-sections-heading" className="border-t rule pt-5">
          <h3 id="search-sections-heading" className="kicker">
            Or browse a section
          </h3>
          <ul className="mt-3 flex flex-wrap gap-2">
            {sections.map((s) => (
              <li key={s.slug}>
                <ReaderLink href={`/${s.slug}`} className="chip">
                  {s.name}
                </ReaderLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
