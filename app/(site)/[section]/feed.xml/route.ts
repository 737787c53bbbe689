import { sectionFeed } from '@/lib/feeds/documents';
import { CONTENT_TYPES, respondForParam } from '@/lib/feeds/http';
import { buildPlaceholder } from '@/lib/routing';
import { isSlug } from '@/lib/slug';

export const generateStaticParams = () => buildPlaceholder('section');

/** RSS 2.0 of one section's newest stories. */
export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const { section } = await params;
  return respondForParam(isSlug(section), () => sectionFeed(section, 'rss'), CONTENT_TYPES.rss);
}
