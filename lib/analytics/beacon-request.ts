/**
 * Reading a view beacon's request, the same way under the production server's fast path
 * (lib/analytics/node-beacon.ts) and the route handler (app/api/views/route.ts).
 */
import type { Beacon } from '@/lib/dal/page-views';

export const MAX_BEACON_BYTES = 2_048;

/** A GIF of one transparent pixel: the counting image of readers without JavaScript. */
export const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Counting runs only for requests made by this site's own pages (browsers say so in Sec-Fetch-Site). */
export const crossSite = (secFetchSite: string | null | undefined) => Boolean(secFetchSite) && secFetchSite !== 'same-origin';

/** The beacon in a POST body (`{"path":…,"referrer":…,"width":…}`), or null for anything else. */
export function parseBeacon(text: string): Beacon | null {
  if (text.length === 0 || text.length > MAX_BEACON_BYTES) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Beacon) : null;
  } catch {
    return null;
  }
}

/** The page that loaded the counting image, from its Referer header, when it is one of this site's. */
export function imagePagePath(referer: string | null | undefined, siteHosts: readonly string[]): string | null {
  if (!referer) return null;
  try {
    const page = new URL(referer);
    return siteHosts.includes(page.hostname) ? page.pathname : null;
  } catch {
    return null;
  }
}

/** This site's host names: the configured address's, and the one the request was made to. */
let configured: { url: string; host: string } | null = null;

export function siteHostsFor(siteUrl: string, hostHeader: string | null | undefined): string[] {
  if (configured?.url !== siteUrl) configured = { url: siteUrl, host: new URL(siteUrl).hostname };
  const hosts = [configured.host];
  if (hostHeader) {
    try {
      hosts.push(new URL(`http://${hostHeader}`).hostname);
    } catch {
      // not a host name
    }
  }
  return hosts;
}

/** A request carrying a session: it may be staff, whom only the route handler can recognise. */
export const carriesSession = (cookie: string | null | undefined) => /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/.test(cookie ?? '');
