/**
 * What a view beacon says, read without trusting it: which reader page was seen (from its path), where
 * the reader came from (a host name at most) and what kind of screen (from the viewport's width).
 */
import type { DeviceClass, ViewPage } from '@/lib/domain';

export type ViewTarget = { page: ViewPage; slug: string | null };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Top-level paths that are not sections. */
const NOT_SECTIONS = new Set(['signin', 'signup', 'account', 'admin', 'not-allowed', 'api', 'media', 'front', 'articles', 'tags', 'authors']);
const FIXED: Record<string, ViewPage> = { '/': 'home', '/search': 'search', '/comments': 'comments', '/about': 'about' };

/**
 * The reader page a path names, or null for anything else (newsroom, account, files, nonsense). Stories
 * and sections keep their slug, checked against the database when counts are written; other kinds of
 * page are counted as a kind only, so made-up paths cannot add rows.
 */
export function viewTarget(path: unknown): ViewTarget | null {
  if (typeof path !== 'string' || path.length > 300 || !path.startsWith('/')) return null;
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const fixed = FIXED[trimmed];
  if (fixed) return { page: fixed, slug: null };
  const parts = trimmed.split('/').slice(1);
  const [first = '', second = '', third = '', fourth] = parts;
  if (first === 'articles' && parts.length === 2 && SLUG.test(second)) return { page: 'article', slug: second };
  const paged = parts.length === 2 || (parts.length === 4 && third === 'page' && /^[1-9]\d{0,5}$/.test(fourth ?? ''));
  if (first === 'tags' && paged && SLUG.test(second)) return { page: 'tag', slug: null };
  if (first === 'authors' && paged && SLUG.test(second)) return { page: 'author', slug: null };
  if (first === 'comments' && parts.length === 2 && SLUG.test(second)) return { page: 'comments', slug: null };
  if (!SLUG.test(first) || NOT_SECTIONS.has(first)) return null;
  if (parts.length === 1 || (parts.length === 3 && second === 'page' && /^[1-9]\d{0,5}$/.test(third) && fourth === undefined))
    return { page: 'section', slug: first };
  return null;
}

const HOST = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)+$/;
const bareHost = (host: string) =>
  host
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');

/**
 * 'direct' (no referrer, or one that is not a web address), 'internal' (a page of this site) or the
 * referring site's host name without "www." — never its path or query, which can name a reader.
 */
export function referrerSource(referrer: unknown, siteHosts: readonly string[]): string {
  if (typeof referrer !== 'string' || referrer === '' || referrer.length > 2_000) return 'direct';
  let url: URL;
  try {
    url = new URL(referrer);
  } catch {
    return 'direct';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'direct';
  const host = bareHost(url.hostname);
  if (siteHosts.some((own) => bareHost(own) === host)) return 'internal';
  if (host.length > 100 || !HOST.test(host)) return 'direct';
  // An address rather than a name (a reader's own machine or router, say): not kept.
  if (/^[\d.]+$/.test(host)) return 'other';
  return host;
}

/** Phone, tablet or desktop from the viewport's CSS width; 'unknown' without one. */
export function deviceClass(width: unknown): DeviceClass {
  const w = typeof width === 'number' ? width : typeof width === 'string' && /^\d{1,5}$/.test(width) ? Number(width) : NaN;
  if (!Number.isFinite(w) || w < 200 || w > 10_000) return 'unknown';
  if (w < 768) return 'phone';
  if (w < 1024) return 'tablet';
  return 'desktop';
}

/** Do Not Track or Global Privacy Control: the reader asked not to be counted. */
export function optedOut(headers: Headers): boolean {
  return headers.get('dnt') === '1' || headers.get('sec-gpc') === '1';
}
