import { createHmac, timingSafeEqual } from 'node:crypto';
import { resolveAuthSecret } from '@/lib/auth/secret';

/** What an internal endpoint is for; each gets its own token, derived from AUTH_SECRET. */
export type InternalPurpose = 'scheduler' | 'cache-report';

/** The Authorization header value the server's own jobs (and the test suites) send to an internal endpoint. */
export function internalToken(purpose: InternalPurpose): string {
  return `Bearer ${createHmac('sha256', resolveAuthSecret()).update(`newshub-${purpose}`).digest('base64url')}`;
}

export function internalTokenMatches(purpose: InternalPurpose, header: string | null): boolean {
  if (!header) return false;
  const expected = Buffer.from(internalToken(purpose));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
