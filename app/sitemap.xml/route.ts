import { sitemapIndex } from '@/lib/feeds/documents';
import { CONTENT_TYPES, respondPerRequest } from '@/lib/feeds/http';

/** The sitemap index: one file per 50,000 articles, sections, authors and tags, plus the news sitemap. */
export function GET() {
  return respondPerRequest(sitemapIndex, CONTENT_TYPES.xml, 3600);
}
