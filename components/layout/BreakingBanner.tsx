import { bannerHtml, type Banner } from '@/lib/content/live-html';

/**
 * The breaking-news banner: in the HTML of every page rendered while it is set, and put in (or taken
 * out of) open pages by the live stream. A polite live region, so screen readers announce a new one.
 */
export function BreakingBanner({ banner }: { banner: Banner | null }) {
  return (
    <section aria-label="Breaking news" aria-live="polite" className="print:hidden" data-live-banner dangerouslySetInnerHTML={{ __html: bannerHtml(banner) }} />
  );
}
