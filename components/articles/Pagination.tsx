import Link from 'next/link';

/** Pages live in the path: /finance, /finance/page/2 … */
export function Pagination({ basePath, page, totalPages }: { basePath: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  const href = (n: number) => (n === 1 ? basePath : `${basePath}/page/${n}`);
  return (
    <nav aria-label="Pagination" className="rule mt-10 flex items-center justify-between border-t pt-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="font-medium hover:underline">
          ← Newer stories
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next" className="font-medium hover:underline">
          Older stories →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
