import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { resolveAuthSecret } from '@/lib/auth/secret';

/**
 * A browser that has signed in to an account carries a signed cookie saying so. Sign-in throttling
 * exempts it from the per-account limit, so that strangers failing on an account can slow down new
 * devices but never lock its owner out (OWASP's "device cookies").
 */
export const KNOWN_DEVICE_COOKIE = 'newshub-device';
export const KNOWN_DEVICE_MAX_AGE = 365 * 24 * 60 * 60;

const sign = (email: string, nonce: string) => createHmac('sha256', resolveAuthSecret()).update(`known-device|${email}|${nonce}`).digest('base64url');

/** A new cookie value for a browser that just signed in to `email` (already normalised). */
export function knownDeviceValue(email: string): string {
  const nonce = randomBytes(12).toString('base64url');
  return `${nonce}.${sign(email, nonce)}`;
}

/** Whether a cookie value was issued to a browser that signed in to `email`. */
export function isKnownDevice(value: string | undefined | null, email: string): boolean {
  if (!value || value.length > 200) return false;
  const [nonce, signature] = value.split('.');
  if (!nonce || !signature) return false;
  const expected = Buffer.from(sign(email, nonce));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The known-device cookie's value from a Cookie header. */
export function knownDeviceFromCookieHeader(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === KNOWN_DEVICE_COOKIE) return rest.join('=');
  }
  return undefined;
}
