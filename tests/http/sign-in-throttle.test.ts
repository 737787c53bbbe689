/**
 * The per-address sign-in limit counts the real client: an X-Forwarded-For header from a client that
 * is not a configured proxy (TRUST_PROXY is unset here) changes nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { like } from 'drizzle-orm';
import { getDb, schema } from '../support/db';
import { POLICY } from '@/lib/dal/throttle';
import { signInOverHttp } from './support/session';

afterAll(async () => {
  // Every test of this suite signs in from 127.0.0.1: give the address its budget back.
  await (await getDb()).delete(schema.rateLimits).where(like(schema.rateLimits.key, 'signin-address:%'));
});

describe('sign-in throttling per address', () => {
  it('is not fooled by a different X-Forwarded-For on every try', async () => {
    const tries = POLICY.address.points + 10;
    const statuses: number[] = [];
    for (let i = 0; i < tries; i++) {
      const forged = `203.0.113.${i + 1}, 198.51.100.${i + 1}`;
      const outcome = await signInOverHttp(`spray-${i}-${Date.now().toString(36)}@example.com`, 'not-the-password', {
        'x-forwarded-for': forged,
        'x-real-ip': `192.0.2.${i + 1}`,
      });
      statuses.push(outcome.status);
    }
    expect(statuses.slice(0, POLICY.address.points).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(POLICY.address.points + 1).every((s) => s === 429)).toBe(true);
  });
});
