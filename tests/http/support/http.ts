import { inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

/** A GET as a browser would send it, without following redirects. */
export function get(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${baseUrl()}${path}`, { redirect: 'manual', ...init, headers: { 'accept-encoding': 'identity', ...(init.headers ?? {}) } });
}

/** The text of the document's <title>, or null when it has none. */
export function titleOf(html: string): string | null {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return match ? match[1]!.trim() : null;
}

/** Several requests at a time, in order of the list. */
export async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}
