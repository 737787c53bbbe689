import { createHmac, timingSafeEqual } from 'node:crypto';
import { resolveAuthSecret } from '@/lib/auth/secret';

export function schedulerToken(): string {
  return `Bearer ${createHmac('sha256', resolveAuthSecret()).update('newshub-scheduler').digest('base64url')}`;
}

export function schedulerTokenMatches(header: string | null): boolean {
  if (!header) return false;
  const expected = Buffer.from(schedulerToken());
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
