import type { ArticleCard as Card, Page } from '@/lib/dal/types';
import { ArticleCard } from './ArticleCard';
import { Pagination, listingPageHref } from './Pagination';

/** A paged list of stories for section, author and tag pages. */
export function ArticleList({
  page,
  counts,
  basePath,
  showSection = true,
  emptyText,
  withLead = false,
}: {
  page: Page<Card>;
  /** Published comments per story id. */
  counts: Record<number, number>;
  basePath: string;
  showSection?: boolean;
  emptyText: string;
  /** A section front: the newest story of the first page leads, with its picture, above the list. */
  withLead?: boolean;
}) {
  if (page.items.length === 0) {
    return <p className="border-y rule py-10 text-center text-muted">{emptyText}</p>;
  }
  return (
    <>
      <ol className="divide-y divide-rule">
        {page.items.map((article, i) => (
          <li key={article.id} className={i < 3 ? 'py-6 first:pt-0' : 'py-6 render-row-when-near'}>
            <ArticleCard
              article={{ ...article, commentCount: counts[article.id] ?? 0 }}
              variant={withLead && page.page === 1 && i === 0 ? 'wide-lead' : 'row'}
              headingLevel={2}
              showSection={showSection}
            />
          </li>
        ))}
      </ol>
      <Pagination
        page={page.page}
        totalPages={page.totalPages}
        href={listingPageHref(basePath)}
        label="Pagination"
        previousText="Newer stories"
        nextText="Older stories"
      />
    </>
  );
}
