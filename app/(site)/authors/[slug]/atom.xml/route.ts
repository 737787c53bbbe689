import { authorFeed } from '@/lib/feeds/documents';
import { CONTENT_TYPES, respondForParam } from '@/lib/feeds/http';
import { buildPlaceholder } from '@/lib/routing';
import { isSlug } from '@/lib/slug';

export const generateStaticParams = () => buildPlaceholder('slug');

/** Atom of one writer's newest stories. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return respondForParam(isSlug(slug), () => authorFeed(slug, 'atom'), CONTENT_TYPES.atom);
}
