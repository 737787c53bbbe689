export function ListingHeader({
  kicker,
  title,
  description,
  page,
  visual,
  footer,
}: {
  kicker: string;
  title: string;
  description?: string | null;
  page: number;
  /** Beside the title: an author's monogram. */
  visual?: React.ReactNode;
  /** Under the description: a section's newsletter link. */
  footer?: React.ReactNode;
}) {
  return (
    <header className="mb-8 flex items-start gap-5 border-b-2 border-ink pb-5">
      {visual}
      <div className="min-w-0">
        <p className="kicker">{kicker}</p>
        <h1 className="mt-1 headline text-4xl font-bold sm:text-5xl">
          {title}
          {page > 1 && <span className="ml-3 align-middle text-base font-normal text-muted">page {page}</span>}
        </h1>
        {description && <p className="mt-3 max-w-2xl text-lg text-muted">{description}</p>}
        {footer}
      </div>
    </header>
  );
}
