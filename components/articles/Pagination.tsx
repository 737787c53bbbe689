import { ReaderLink } from '@/components/ui/ReaderLink';

type Props = {
  page: number;
  totalPages: number;
  /** The address of page n. */
  href: (n: number) => string;
  label: string;
  previousText: string;
  nextText: string;
};

/** Previous / "page x of y" / next, for listings and search results. */
export function Pagination({ page, totalPages, href, label, previousText, nextText }: Props) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-10 flex items-center justify-between border-t rule pt-4 text-sm">
      {page > 1 ? (
        <ReaderLink href={href(page - 1)} rel="prev" className="font-medium hover:underline">
          ← {previousText}
        </ReaderLink>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <ReaderLink href={href(page + 1)} rel="next" className="font-medium hover:underline">
          {nextText} →
        </ReaderLink>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** Listing pages live in the path: /finance, /finance/page/2 … */
export const listingPageHref = (basePath: string) => (n: number) => (n === 1 ? basePath : `${basePath}/page/${n}`);
