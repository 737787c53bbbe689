import type { Metadata, Viewport } from 'next';
import './globals.css';
import { siteUrl } from '@/lib/env';
import { feedAlternates } from '@/lib/feeds/links';
import { pageSocialMetadata } from '@/lib/seo/page';
import { viewerMarkScript } from '@/lib/auth/viewer-hint-cookie';
import { houseFontsMarkScript } from '@/lib/fonts/house-fonts';
import { HouseFonts } from '@/components/layout/HouseFonts';
import { fontVariables } from './fonts';

export const metadata: Metadata = {
  title: { default: 'NewsHub — independent news and analysis', template: '%s | NewsHub' },
  description: 'NewsHub: world news, politics, finance, business, technology, science and culture, with reader discussion.',
  applicationName: 'NewsHub',
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: '32x32' },
      { url: '/icon.svg', type: 'image/svg+xml' },
    ],
    apple: '/apple-touch-icon.png',
  },
  manifest: '/site.webmanifest',
  // Canonical, OpenGraph and feed URLs are written site-relative and resolved against SITE_URL.
  metadataBase: new URL(`${siteUrl()}/`),
  alternates: { types: feedAlternates() },
  // Pages without a card of their own (sign-in, search …) share the site's.
  ...pageSocialMetadata({ title: 'NewsHub', description: 'Independent news and analysis, with reader discussion.' }),
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#121212' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The inline script marks the document before it paints (see viewerMarkScript and houseFontsMarkScript),
    // hence the suppressed warning.
    <html lang="en" className={fontVariables} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: `${viewerMarkScript};${houseFontsMarkScript}` }} />
      </head>
      <body className="min-h-screen">
        {children}
        <HouseFonts />
      </body>
    </html>
  );
}
