import 'server-only';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { getPool } from '@/db';

type Policy = { points: number; duration: number; blockDuration?: number };

/** Kept on globalThis so that every bundle of the app counts on the same limiter (see db/index.ts). */
const holder = globalThis as { __newshubRateLimiters?: Map<string, Promise<RateLimiterPostgres>> };

/**
 * The limiter counting under `keyPrefix` in the rate_limits table, made once per process. A failure to
 * reach the database is not remembered: the next call tries again.
 */
export function rateLimiter(keyPrefix: string, policy: Policy): Promise<RateLimiterPostgres> {
  const limiters = (holder.__newshubRateLimiters ??= new Map());
  let limiter = limiters.get(keyPrefix);
  if (!limiter) {
    limiter = getPool()
      .then((pool) => new RateLimiterPostgres({ storeClient: pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, keyPrefix, ...policy }))
      .catch((error) => {
        limiters.delete(keyPrefix);
        throw error;
      });
    limiters.set(keyPrefix, limiter);
  }
  return limiter;
}
