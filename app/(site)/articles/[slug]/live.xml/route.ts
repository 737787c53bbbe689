import { liveBlogFeed } from '@/lib/feeds/documents';
import { CONTENT_TYPES, respondForParam } from '@/lib/feeds/http';
import { buildPlaceholder } from '@/lib/routing';
import { isSlug } from '@/lib/slug';

export const generateStaticParams = () => buildPlaceholder('slug');

/** RSS 2.0 of a live blog's entries; 404 for any other story. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return respondForParam(isSlug(slug), () => liveBlogFeed(slug), CONTENT_TYPES.rss, 30);
}
