import type { Metadata } from 'next';
import './globals.css';
import { fontVariables } from './fonts';
import { Masthead } from '@/components/layout/Masthead';
import { NotFoundMessage } from '@/components/layout/NotFoundMessage';
import { SiteFooter } from '@/components/layout/SiteFooter';

export const metadata: Metadata = { title: 'Page not found | NewsHub', robots: { index: false } };

/** URLs that match no route at all: a whole document, rendered without the root layout. */
export default function GlobalNotFound() {
  return (
    <html lang="en" className={fontVariables}>
      <body className="min-h-screen">
        <Masthead />
        <NotFoundMessage />
        <SiteFooter />
      </body>
    </html>
  );
}
