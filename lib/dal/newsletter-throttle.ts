import 'server-only';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimiter } from './rate-limiters';

/**
 * Sign-up requests from one network address: enough for a household or an office, not enough to mail
 * confirmation requests to a list of strangers.
 */
const POLICY = { points: 10, duration: 60 * 60 } as const;

/** Counts one request from `address`; the seconds to wait when over the limit, else null. */
export async function takeSignupRequest(address: string): Promise<number | null> {
  try {
    await (await rateLimiter('newsletter-signup', POLICY)).consume(address);
    return null;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

/** Confirmation emails to one address: a few a day, however many networks ask for them. */
const ADDRESS_POLICY = { points: 5, duration: 24 * 60 * 60 } as const;

/** Counts one confirmation email to `email`; false when the address has had its share today. */
export async function takeConfirmationEmail(email: string): Promise<boolean> {
  try {
    await (await rateLimiter('newsletter-confirm', ADDRESS_POLICY)).consume(email);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
