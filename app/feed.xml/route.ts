import { siteFeed } from '@/lib/feeds/documents';
import { CONTENT_TYPES, respondPerRequest } from '@/lib/feeds/http';

/** RSS 2.0 of the newest stories from every section. */
export function GET() {
  return respondPerRequest(() => siteFeed('rss'), CONTENT_TYPES.rss);
}
