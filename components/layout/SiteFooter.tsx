import { ReaderLink } from '@/components/ui/ReaderLink';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t rule render-when-near print:hidden">
      <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-8 text-sm text-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>
          <span className="headline text-lg font-bold text-ink">
            news<span className="text-accent">hub</span>
          </span>{' '}
          — independent reporting, open discussion.
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            <li>
              <ReaderLink href="/newsletters" className="link-quiet">
                Newsletters
              </ReaderLink>
            </li>
            <li>
              <ReaderLink href="/about" className="link-quiet">
                About NewsHub
              </ReaderLink>
            </li>
            <li>
              <ReaderLink href="/about#standards" className="link-quiet">
                Editorial standards
              </ReaderLink>
            </li>
            <li>
              <ReaderLink href="/about#comments" className="link-quiet">
                Community guidelines
              </ReaderLink>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
