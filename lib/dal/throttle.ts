import 'server-only';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimiter } from './rate-limiters';

/**
 * Sign-in throttling that slows attackers without handing them anyone's account (OWASP's guidance;
 * rate-limiter-flexible's login pattern). Every attempt is counted before the password is checked,
 * with one atomic increment per counter, so parallel attempts cannot slip past a limit; a successful
 * sign-in gives its attempt back.
 * - pair: consecutive failures of one account from one address (reset by a success);
 * - address: failures from one address, whatever the account;
 * - account: failures on one account from browsers that have never signed in to it. A browser that
 *   has (it carries a signed cookie saying so) is exempt, so an attack from many addresses slows new
 *   devices down but never locks the owner out.
 * No limit is permanent: each block ends on its own.
 */
export const POLICY = {
  pair: { points: 5, duration: 24 * 60 * 60, blockDuration: 15 * 60 },
  address: { points: 30, duration: 15 * 60, blockDuration: 15 * 60 },
  account: { points: 20, duration: 60 * 60, blockDuration: 15 * 60 },
} as const;

type Kind = keyof typeof POLICY;
type Limiters = Record<Kind, RateLimiterPostgres>;

async function limiters(): Promise<Limiters> {
  const [pair, address, account] = await Promise.all([
    rateLimiter('signin-pair', POLICY.pair),
    rateLimiter('signin-address', POLICY.address),
    rateLimiter('signin-account', POLICY.account),
  ]);
  return { pair, address, account };
}

export type Attempt = { email: string; address: string; knownDevice: boolean };
export type ThrottleState = { limited: false } | { limited: true; retryAfterSeconds: number };

const keysFor = ({ email, address }: Attempt): Record<Kind, string> => ({ pair: `${email}|${address}`, address, account: email });
const kindsFor = (attempt: Attempt): Kind[] => (attempt.knownDevice ? ['pair'] : ['pair', 'address', 'account']);

const isLimit = (outcome: unknown): outcome is RateLimiterRes => outcome instanceof RateLimiterRes;
const toSeconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Counts one sign-in attempt on every counter that applies; limited if any was already spent. */
export async function takeAttempt(attempt: Attempt): Promise<ThrottleState> {
  const all = await limiters();
  const keys = keysFor(attempt);
  const outcomes = await Promise.allSettled(kindsFor(attempt).map((kind) => all[kind].consume(keys[kind])));
  let waitMs = 0;
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') continue;
    if (!isLimit(outcome.reason)) throw outcome.reason; // the database, not a limit
    waitMs = Math.max(waitMs, outcome.reason.msBeforeNext);
  }
  return waitMs > 0 ? { limited: true, retryAfterSeconds: toSeconds(waitMs) } : { limited: false };
}

/** After a successful sign-in: consecutive failures start again, and the attempt is given back. */
export async function forgiveAttempt(attempt: Attempt): Promise<void> {
  const all = await limiters();
  const keys = keysFor(attempt);
  await Promise.all([
    all.pair.delete(keys.pair),
    ...kindsFor(attempt)
      .filter((kind) => kind !== 'pair')
      .map((kind) => all[kind].reward(keys[kind], 1)),
  ]);
}

/** Whether an attempt would be refused now, without counting it (to answer 429 early and to word messages). */
export async function peekThrottle(attempt: Attempt): Promise<ThrottleState> {
  const all = await limiters();
  const keys = keysFor(attempt);
  const states = await Promise.all(kindsFor(attempt).map(async (kind) => ({ kind, res: await all[kind].get(keys[kind]) })));
  let waitMs = 0;
  for (const { kind, res } of states) if (res && res.consumedPoints >= POLICY[kind].points) waitMs = Math.max(waitMs, res.msBeforeNext);
  return waitMs > 0 ? { limited: true, retryAfterSeconds: toSeconds(waitMs) } : { limited: false };
}

export function retryMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
