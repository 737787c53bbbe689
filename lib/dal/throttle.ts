import 'server-only';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { signInAttempts } from '@/db/schema';

/** Failed sign-ins allowed per window, per account and per network address. No permanent lockout. */
export const WINDOW_MS = 15 * 60_000;
export const LIMITS = { account: 5, address: 30 } as const;

export const throttleKeys = (email: string, ip: string) => ({ account: `account:${email}`, address: `ip:${ip}` });

export type ThrottleState = { limited: false } | { limited: true; retryAfterSeconds: number };

export async function checkThrottle(email: string, ip: string, now = new Date()): Promise<ThrottleState> {
  const db = await getDb();
  const keys = throttleKeys(email, ip);
  const since = new Date(now.getTime() - WINDOW_MS);
  const rows = await db
    .select({ key: signInAttempts.key, n: sql<number>`count(*)::int`, oldest: sql<Date>`min(${signInAttempts.createdAt})` })
    .from(signInAttempts)
    .where(and(inArray(signInAttempts.key, [keys.account, keys.address]), gt(signInAttempts.createdAt, since)))
    .groupBy(signInAttempts.key);
  let retryAt = 0;
  for (const row of rows) {
    const limit = row.key === keys.account ? LIMITS.account : LIMITS.address;
    if (row.n >= limit) retryAt = Math.max(retryAt, new Date(row.oldest).getTime() + WINDOW_MS);
  }
  return retryAt > now.getTime() ? { limited: true, retryAfterSeconds: Math.ceil((retryAt - now.getTime()) / 1000) } : { limited: false };
}

export async function recordFailure(email: string, ip: string): Promise<void> {
  const db = await getDb();
  const keys = throttleKeys(email, ip);
  await db.insert(signInAttempts).values([{ key: keys.account }, { key: keys.address }]);
  // Old rows are useless; trim them now and then.
  if (Math.random() < 0.05) await db.delete(signInAttempts).where(sql`${signInAttempts.createdAt} < now() - interval '1 day'`);
}

export async function clearAccountFailures(email: string): Promise<void> {
  const db = await getDb();
  await db.delete(signInAttempts).where(eq(signInAttempts.key, throttleKeys(email, '').account));
}

export function retryMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
