/**
 * Search input from the query string, made safe before it reaches the data layer: the text is trimmed,
 * stripped of control characters and lone surrogates (PostgreSQL rejects NUL), and capped; the section
 * must look like a slug; the page is clamped. Pure, shared by the search page and the DAL.
 */
import { isSlug } from '@/lib/slug';

export const MAX_QUERY_LENGTH = 200;
export const MAX_SEARCH_PAGE = 30;
export const SEARCH_PAGE_SIZE = 10;

export type SearchInput = {
  /** Normalised query text; '' when nothing searchable was typed. */
  q: string;
  /** True when the typed query was longer than MAX_QUERY_LENGTH and was shortened. */
  truncated: boolean;
  section: string | null;
  page: number;
};

type RawParam = string | string[] | undefined | null;

/** The first value of a repeated parameter (`?q=a&q=b` -> 'a'). */
function first(value: unknown): string {
  if (Array.isArray(value)) return first(value[0]);
  return typeof value === 'string' ? value : '';
}

// C0 and C1 controls (tabs and newlines become spaces too), and surrogates not part of a pair.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function normaliseQuery(raw: unknown): { q: string; truncated: boolean } {
  // Bound the work before any regex runs: a query string can be megabytes long.
  const text = first(raw).slice(0, MAX_QUERY_LENGTH * 8);
  const clean = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  if (chars.length <= MAX_QUERY_LENGTH) return { q: clean, truncated: false };
  return { q: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(), truncated: true };
}

/** `?page=` -> 1..MAX_SEARCH_PAGE. Anything that is not a plain positive number is page 1. */
export function parseSearchPage(raw: unknown): number {
  const value = first(raw).trim();
  if (!/^\d{1,9}$/.test(value)) return 1;
  return Math.min(MAX_SEARCH_PAGE, Math.max(1, Number(value)));
}

export function parseSearchSection(raw: unknown): string | null {
  const value = first(raw).trim().toLowerCase();
  return value && isSlug(value) ? value : null;
}

export function parseSearchParams(params: Record<string, RawParam>): SearchInput {
  const { q, truncated } = normaliseQuery(params.q);
  return { q, truncated, section: parseSearchSection(params.section), page: parseSearchPage(params.page) };
}

/** A link to a search page; empty parameters and page 1 are left out. */
export function searchHref({ q, section, page }: { q: string; section?: string | null; page?: number }): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (section) params.set('section', section);
  if (page && page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}
