import { ReaderLink } from '@/components/ui/ReaderLink';
import type { SectionLink } from '@/lib/dal/types';

export function SectionNav({ current, sections }: { current?: string; sections: SectionLink[] }) {
  return (
    <nav aria-label="Sections" className="border-b rule print:hidden">
      <ul className="mx-auto flex max-w-7xl gap-1 overflow-x-auto px-2 text-sm font-medium sm:justify-center sm:px-6">
        <li>
          <ReaderLink href="/" className="nav-tab" aria-current={current === '' ? 'page' : undefined}>
            Home
          </ReaderLink>
        </li>
        {sections.map((s) => (
          <li key={s.slug}>
            <ReaderLink href={`/${s.slug}`} aria-current={current === s.slug ? 'page' : undefined} className="nav-tab">
              {s.name}
            </ReaderLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
