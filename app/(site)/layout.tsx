import { Masthead } from '@/components/layout/Masthead';
import { SiteFooter } from '@/components/layout/SiteFooter';

/** Static chrome only: the data-bearing parts live in ReaderShell, rendered by each page. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <Masthead />
      {children}
      <SiteFooter />
    </>
  );
}
