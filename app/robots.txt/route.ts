import { robotsTxt } from '@/lib/feeds/documents';
import { CONTENT_TYPES, respondPerRequest } from '@/lib/feeds/http';

/** A route handler rather than app/robots.ts, so the sitemap URL follows SITE_URL at run time. */
export function GET() {
  return respondPerRequest(async () => robotsTxt(), CONTENT_TYPES.text, 3600);
}
