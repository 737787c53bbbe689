import type { Metadata, Viewport } from 'next';
import './globals.css';
import { SessionProvider } from '@/components/auth/SessionProvider';

export const metadata: Metadata = {
  title: { default: 'NewsHub — independent news and analysis', template: '%s | NewsHub' },
  description: 'NewsHub: world news, politics, finance, business, technology, science and culture, with reader discussion.',
  applicationName: 'NewsHub',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#121212' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <SessionProvider>{children}</SessionProvider>
      </body>
    </html>
  );
}
