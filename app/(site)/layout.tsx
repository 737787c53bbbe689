import { Masthead } from '@/components/layout/Masthead';
import { ReaderNavigation } from '@/components/layout/ReaderNavigation';
import { SiteFooter } from '@/components/layout/SiteFooter';

/** Static chrome only: the data-bearing parts live in ReaderShell, rendered by each page. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <ReaderNavigation />
      <Masthead />
      {children}
      <SiteFooter />
    </>
  );
}
