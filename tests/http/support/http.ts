import http from 'node:http';
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

export type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A request sent exactly as written (no path normalising, no automatic decompression). */
export function raw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  const { hostname, port } = new URL(baseUrl());
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}
