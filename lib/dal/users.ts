import 'server-only';
import { eq, ne } from 'drizzle-orm';
import { sameLookingNames } from '@/lib/text/display-name';
import { getDb } from '@/db';
import { comments, users, type Role } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/passwords';
import { forgiveAttempt, takeAttempt, type Attempt } from './throttle';
import { endAllSessions } from './sessions';

export type SessionUser = { id: string; name: string; email: string; role: Role; sessionVersion: number };

let dummyHash: Promise<string> | undefined;

export type CredentialsResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  | { ok: false; reason: 'banned' };

/**
 * Email + password check with throttling (lib/dal/throttle.ts). Unknown emails cost the same hash
 * verification as wrong passwords, so neither the answer nor its timing tells them apart.
 */
export async function verifyCredentials(email: string, password: string, from: Omit<Attempt, 'email'>): Promise<CredentialsResult> {
  const attempt = { email, ...from };
  const throttle = await takeAttempt(attempt);
  if (throttle.limited) return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds };
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  dummyHash ??= hashPassword('timing-equaliser-not-a-password');
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !user.passwordHash || !valid) return { ok: false, reason: 'invalid' };
  if (user.bannedAt) return { ok: false, reason: 'banned' };
  await forgiveAttempt(attempt);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion } };
}

export type CreateAccountResult = { ok: true; userId: string } | { ok: false; reason: 'email-taken' | 'name-taken' };

/** A reader's name may not be one a reader would take for a member of staff's ("Amara Osei", "АМАRА OSEI"). */
async function namesStaffMember(name: string, exceptUserId?: string): Promise<boolean> {
  const db = await getDb();
  const staff = await db.select({ id: users.id, name: users.name }).from(users).where(ne(users.role, 'reader'));
  return staff.some((member) => member.id !== exceptUserId && sameLookingNames(member.name, name));
}

/** One account per normalised email, also when two sign-ups race (the unique index decides). */
export async function createAccount(input: { name: string; email: string; password: string }): Promise<CreateAccountResult> {
  if (await namesStaffMember(input.name)) return { ok: false, reason: 'name-taken' };
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  const [row] = await db
    .insert(users)
    .values({ name: input.name, email: input.email, passwordHash, role: 'reader' })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return row ? { ok: true, userId: row.id } : { ok: false, reason: 'email-taken' };
}

export async function updateDisplayName(userId: string, name: string): Promise<{ ok: true } | { ok: false; reason: 'name-taken' }> {
  const db = await getDb();
  const [me] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId)).limit(1);
  if (me?.role === 'reader' && (await namesStaffMember(name, userId))) return { ok: false, reason: 'name-taken' };
  await db.update(users).set({ name }).where(eq(users.id, userId));
  return { ok: true };
}

export type PasswordChange = { ok: true } | { ok: false; reason: 'wrong-password' };

export async function changePassword(userId: string, currentPassword: string, newPassword: string): Promise<PasswordChange> {
  const db = await getDb();
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  if (!row?.hash || !(await verifyPassword(row.hash, currentPassword))) return { ok: false, reason: 'wrong-password' };
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    // Every other device's token stops being a session; the caller signs this one in again.
    await endAllSessions(tx, userId);
  });
  return { ok: true };
}

/** Deletes the account; comments stay and show as from "deleted user" (the foreign key sets null). */
export async function deleteAccount(
  userId: string,
  password: string,
): Promise<{ ok: true; commentArticleIds: number[] } | { ok: false; reason: 'wrong-password' }> {
  const db = await getDb();
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  if (row?.hash && !(await verifyPassword(row.hash, password))) return { ok: false, reason: 'wrong-password' };
  return db.transaction(async (tx) => {
    const touched = await tx.selectDistinct({ articleId: comments.articleId }).from(comments).where(eq(comments.userId, userId));
    await tx.delete(users).where(eq(users.id, userId));
    return { ok: true as const, commentArticleIds: touched.map((t) => t.articleId) };
  });
}
