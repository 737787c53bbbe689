import type { Correction } from '@/lib/dal/types';
import { SiteTime } from '@/components/ui/SiteTime';

/** At the top of a corrected story: readers learn before they read that something was put right. */
export function CorrectionNotice({ corrections }: { corrections: Correction[] }) {
  if (corrections.length === 0) return null;
  return (
    <p className="mt-4 border-l-4 border-accent pl-3 text-sm">
      <a href="#corrections" className="font-semibold text-accent underline">
        {corrections.length === 1 ? 'This article has been corrected.' : `This article has been corrected ${corrections.length} times.`}
      </a>
    </p>
  );
}

/** At the end of a corrected story: every correction, dated, oldest first. */
export function CorrectionsList({ corrections }: { corrections: Correction[] }) {
  if (corrections.length === 0) return null;
  return (
    <section id="corrections" aria-labelledby="corrections-heading" className="mt-10 scroll-mt-6 border-t-2 border-ink pt-4">
      <h2 id="corrections-heading" className="kicker">
        {corrections.length === 1 ? 'Correction' : 'Corrections'}
      </h2>
      <ul className="mt-2 space-y-3">
        {corrections.map((c) => (
          <li key={c.id} className="text-base leading-relaxed">
            <span className="font-semibold">
              <SiteTime iso={c.createdAt} format="date" />:
            </span>{' '}
            {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
