import 'server-only';
import { eq, lt, sql } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import { revokedSessions, users } from '@/db/schema';

type Executor = Pick<Database, 'update'>;

/**
 * Session tokens cannot be revoked, so each carries the account's session version and the id of its
 * sign-in. A token is a session only while its version is the account's current one and its sign-in
 * has not been ended by signing out.
 */
export type TokenSession = { userId: string; sessionId: string | undefined; version: number | undefined };

export type AccountState = {
  id: string;
  name: string;
  email: string;
  role: (typeof users.$inferSelect)['role'];
  bannedAt: Date | null;
  approvedComments: number;
};

/** The account behind a token, or null when the token no longer stands for a session. */
export async function accountForToken(token: TokenSession): Promise<AccountState | null> {
  if (!token.sessionId || typeof token.version !== 'number') return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      bannedAt: users.bannedAt,
      approvedComments: users.approvedComments,
      version: users.sessionVersion,
      revoked: sql<boolean>`exists (select 1 from ${revokedSessions} where ${revokedSessions.sessionId} = ${token.sessionId})`,
    })
    .from(users)
    .where(eq(users.id, token.userId))
    .limit(1);
  if (!row || row.revoked || row.version !== token.version) return null;
  const { version: _version, revoked: _revoked, ...account } = row;
  return account;
}

/** The version a new token for this account carries. */
export async function currentSessionVersion(userId: string): Promise<number | null> {
  const db = await getDb();
  const [row] = await db.select({ version: users.sessionVersion }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.version ?? null;
}

/** Ends every session of the account (password change, "sign out everywhere", ban, role change). */
export async function endAllSessions(executor: Executor, userId: string): Promise<void> {
  await executor
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

/** Ends one sign-in: copies of its token are refused until they would have expired anyway. */
export async function endSession(token: TokenSession & { expiresAt: Date }): Promise<void> {
  if (!token.sessionId) return;
  const db = await getDb();
  await db.insert(revokedSessions).values({ sessionId: token.sessionId, userId: token.userId, expiresAt: token.expiresAt }).onConflictDoNothing();
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, new Date()));
}

/** Whether an OAuth account may sign in (a banned account may not). */
export async function mayStartSession(userId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ bannedAt: users.bannedAt }).from(users).where(eq(users.id, userId)).limit(1);
  return Boolean(row && !row.bannedAt);
}

/** "Sign out everywhere" for the signed-in user. */
export async function signOutEverywhere(user: { id: string } | null): Promise<void> {
  if (!user) return;
  await endAllSessions(await getDb(), user.id);
}
