import { siteFeed } from '@/lib/feeds/documents';
import { CONTENT_TYPES, respondPerRequest } from '@/lib/feeds/http';

/** Atom of the newest stories from every section. */
export function GET() {
  return respondPerRequest(() => siteFeed('atom'), CONTENT_TYPES.atom);
}
