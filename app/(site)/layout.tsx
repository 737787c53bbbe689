import { ViewBeacon } from '@/components/analytics/ViewBeacon';
import { Masthead } from '@/components/layout/Masthead';
import { ReaderNavigation } from '@/components/layout/ReaderNavigation';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { RelativeTimes } from '@/components/ui/RelativeTimes';

/** Static chrome only: the data-bearing parts live in ReaderShell, rendered by each page. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <ReaderNavigation />
      <ViewBeacon />
      <RelativeTimes />
      <Masthead />
      {children}
      <SiteFooter />
      <noscript>
        {/* Counts the view of a reader without JavaScript; the page names itself in the Referer header. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src="/api/views" alt="" width={1} height={1} className="absolute" />
      </noscript>
    </>
  );
}
