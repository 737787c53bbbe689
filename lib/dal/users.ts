import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { comments, users, type Role } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/passwords';
import { checkThrottle, clearAccountFailures, recordFailure } from './throttle';

export type SessionUser = { id: string; name: string; email: string; role: Role };

let dummyHash: Promise<string> | undefined;

export type CredentialsResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  | { ok: false; reason: 'banned' };

/**
 * Email + password check with throttling. Unknown emails cost the same hash verification as wrong
 * passwords, so neither the answer nor its timing tells them apart.
 */
export async function verifyCredentials(email: string, password: string, ip: string): Promise<CredentialsResult> {
  const throttle = await checkThrottle(email, ip);
  if (throttle.limited) return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  dummyHash ??= hashPassword('timing-equaliser-not-a-password');
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !user.passwordHash || !valid) {
    await recordFailure(email, ip);
    return { ok: false, reason: 'invalid' };
  }
  if (user.bannedAt) return { ok: false, reason: 'banned' };
  await clearAccountFailures(email);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role } };
}

export type CreateAccountResult = { ok: true; userId: string } | { ok: false; reason: 'email-taken' };

/** One account per normalised email, also when two sign-ups race (the unique index decides). */
export async function createAccount(input: { name: string; email: string; password: string }): Promise<CreateAccountResult> {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  const [row] = await db
    .insert(users)
    .values({ name: input.name, email: input.email, passwordHash, role: 'reader' })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return row ? { ok: true, userId: row.id } : { ok: false, reason: 'email-taken' };
}

export async function updateDisplayName(userId: string, name: string): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ name }).where(eq(users.id, userId));
}

export type PasswordChange = { ok: true } | { ok: false; reason: 'wrong-password' };

export async function changePassword(userId: string, currentPassword: string, newPassword: string): Promise<PasswordChange> {
  const db = await getDb();
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  if (!row?.hash || !(await verifyPassword(row.hash, currentPassword))) return { ok: false, reason: 'wrong-password' };
  await db.update(users).set({ passwordHash: await hashPassword(newPassword) }).where(eq(users.id, userId));
  return { ok: true };
}

/** Deletes the account; comments stay and show as from "deleted user" (the foreign key sets null). */
export async function deleteAccount(userId: string, password: string): Promise<{ ok: true; commentArticleIds: number[] } | { ok: false; reason: 'wrong-password' }> {
  const db = await getDb();
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  if (row?.hash && !(await verifyPassword(row.hash, password))) return { ok: false, reason: 'wrong-password' };
  return db.transaction(async (tx) => {
    const touched = await tx.selectDistinct({ articleId: comments.articleId }).from(comments).where(eq(comments.userId, userId));
    await tx.delete(users).where(eq(users.id, userId));
    return { ok: true as const, commentArticleIds: touched.map((t) => t.articleId) };
  });
}
