import { ReaderLink } from '@/components/ui/ReaderLink';

/** A pointer to the newsletters on the front page: a link, no form, so the page stays cached and light. */
export function BriefingPromo() {
  return (
    <aside aria-labelledby="briefing-promo" className="border-t-2 border-ink pt-3">
      <h2 id="briefing-promo" className="kicker">
        The Daily Briefing
      </h2>
      <p className="mt-2 text-sm">The day’s most important stories in your inbox every morning, chosen by our editors. Free; leave with one click.</p>
      <p className="mt-3">
        <ReaderLink href="/newsletters" className="more-link">
          Get the newsletter <span aria-hidden>→</span>
        </ReaderLink>
      </p>
    </aside>
  );
}
