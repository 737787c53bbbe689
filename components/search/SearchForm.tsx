import type { SectionLink } from '@/lib/dal/types';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { buttonClass } from '@/components/ui/button';

/** The search page's own form: a plain GET form, so it works without JavaScript. */
export function SearchForm({ q, section, sections }: { q: string; section: string | null; sections: SectionLink[] }) {
  return (
    <form role="search" aria-label="Search stories" action="/search" method="get" className="mt-6 flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="min-w-0 flex-1">
        <label htmlFor="search-q" className="block text-sm font-semibold">
          Search for
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={MAX_QUERY_LENGTH}
          enterKeyHint="search"
          spellCheck={false}
          className="mt-1 block w-full rounded border rule bg-paper px-3 py-2 text-base"
        />
      </div>
      <div>
        <label htmlFor="search-section" className="block text-sm font-semibold">
          Section
        </label>
        <select
          id="search-section"
          name="section"
          defaultValue={section ?? ''}
          className="mt-1 block w-full rounded border rule bg-paper px-3 py-2 text-base sm:w-44"
        >
          <option value="">All sections</option>
          {sections.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass({ size: 'lg' })}>
        Search
      </button>
    </form>
  );
}
