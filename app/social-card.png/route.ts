import { pngResponse, siteSocialCard } from '@/lib/seo/social-card';

/** The share image of every page that is not an article (og:image, twitter:image). */
export async function GET() {
  return pngResponse(await siteSocialCard(), 86400);
}
