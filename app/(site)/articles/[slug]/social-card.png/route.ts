import { notFoundResponse } from '@/lib/feeds/http';
import { buildPlaceholder } from '@/lib/routing';
import { isSlug } from '@/lib/slug';
import { pngResponse, socialCardFor } from '@/lib/seo/social-card';

export const generateStaticParams = () => buildPlaceholder('slug');

/**
 * The article's share image (og:image, twitter:image). Like the page, it is rendered on the first
 * request for a slug and kept under the article's cache tags, so a new headline redraws it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!isSlug(slug)) return notFoundResponse();
  const card = await socialCardFor(slug);
  if (card.kind === 'redirect') {
    return new Response(null, { status: 308, headers: { Location: `/articles/${card.slug}/social-card.png` } });
  }
  if (card.kind === 'missing') return notFoundResponse();
  return pngResponse(card.png, 3600, 86400);
}
