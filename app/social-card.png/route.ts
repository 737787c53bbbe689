import { siteSocialCard } from '@/lib/seo/social-card';

/** The share image of every page that is not an article (og:image, twitter:image). */
export async function GET() {
  const png = await siteSocialCard();
  return new Response(png as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400', 'X-Content-Type-Options': 'nosniff' },
  });
}
