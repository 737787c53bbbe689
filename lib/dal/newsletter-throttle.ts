import 'server-only';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { getPool } from '@/db';

/**
 * Sign-up requests from one network address: enough for a household or an office, not enough to mail
 * confirmation requests to a list of strangers.
 */
const POLICY = { points: 10, duration: 60 * 60 } as const;

const holder = globalThis as { __newshubSignupLimiter?: Promise<RateLimiterPostgres> };

function limiter(): Promise<RateLimiterPostgres> {
  holder.__newshubSignupLimiter ??= getPool()
    .then(
      (pool) =>
        new RateLimiterPostgres({
          storeClient: pool,
          storeType: 'pool',
          tableName: 'rate_limits',
          tableCreated: true,
          keyPrefix: 'newsletter-signup',
          ...POLICY,
        }),
    )
    .catch((error) => {
      holder.__newshubSignupLimiter = undefined;
      throw error;
    });
  return holder.__newshubSignupLimiter;
}

/** Counts one request from `address`; the seconds to wait when over the limit, else null. */
export async function takeSignupRequest(address: string): Promise<number | null> {
  try {
    await (await limiter()).consume(address);
    return null;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

/** Confirmation emails to one address: a few a day, however many networks ask for them. */
const ADDRESS_POLICY = { points: 5, duration: 24 * 60 * 60 } as const;

const addressHolder = globalThis as { __newshubConfirmLimiter?: Promise<RateLimiterPostgres> };

function addressLimiter(): Promise<RateLimiterPostgres> {
  addressHolder.__newshubConfirmLimiter ??= getPool()
    .then(
      (pool) =>
        new RateLimiterPostgres({
          storeClient: pool,
          storeType: 'pool',
          tableName: 'rate_limits',
          tableCreated: true,
          keyPrefix: 'newsletter-confirm',
          ...ADDRESS_POLICY,
        }),
    )
    .catch((error) => {
      addressHolder.__newshubConfirmLimiter = undefined;
      throw error;
    });
  return addressHolder.__newshubConfirmLimiter;
}

/** Counts one confirmation email to `email`; false when the address has had its share today. */
export async function takeConfirmationEmail(email: string): Promise<boolean> {
  try {
    await (await addressLimiter()).consume(email);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
