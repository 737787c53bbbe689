/**
 * robots.txt. Rules are path prefixes, so `/search` also covers `/search?q=…`; a section slug that starts
 * with one of these words would be hidden from crawlers too, which is why the newsroom should not make one.
 */
export const DISALLOWED_PATHS = ['/admin', '/account', '/signin', '/signup', '/api', '/search'] as const;

export function renderRobots(origin: string, sitemapPath: string): string {
  return ['User-agent: *', 'Allow: /', ...DISALLOWED_PATHS.map((path) => `Disallow: ${path}`), '', `Sitemap: ${origin}${sitemapPath}`, ''].join('\n');
}
