import { sitemapFile } from '@/lib/feeds/documents';
import { CONTENT_TYPES, respondForParam } from '@/lib/feeds/http';
import { parseSitemapFile } from '@/lib/feeds/links';
import { buildPlaceholder } from '@/lib/routing';

export const generateStaticParams = () => buildPlaceholder('file');

/** /sitemaps/articles-1.xml, /sitemaps/sections-1.xml, … and /sitemaps/news.xml (Google News). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return respondForParam(parseSitemapFile(file) !== null, () => sitemapFile(file), CONTENT_TYPES.xml, file === 'news.xml' ? 300 : 3600);
}
