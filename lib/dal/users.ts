import 'server-only';
import { eq, ne } from 'drizzle-orm';
import { sameLookingNames } from '@/lib/text/display-name';
import { getDb } from '@/db';
import { comments, users } from '@/db/schema';
import type { Role } from '@/lib/domain';
import { hashPassword, verifyPassword } from '@/lib/passwords';
import { forgiveAttempt, retryMessage, takeAttempt, type Attempt } from './throttle';
import { endAllSessions } from './sessions';
import { fail, ok, type Result } from './result';
import type { CurrentUser } from './session';

const NAME_TAKEN = fail('name-taken', 'That is the name of a member of our staff. Choose another, so that readers can tell you apart.');

export type SessionUser = { id: string; name: string; email: string; role: Role; sessionVersion: number };

let dummyHash: Promise<string> | undefined;

export type CredentialsFailure = 'invalid' | 'throttled' | 'banned';

/**
 * Email + password check with throttling (lib/dal/throttle.ts). Unknown emails cost the same hash
 * verification as wrong passwords, so neither the answer nor its timing tells them apart.
 */
export async function verifyCredentials(email: string, password: string, from: Omit<Attempt, 'email'>): Promise<Result<SessionUser, CredentialsFailure>> {
  const attempt = { email, ...from };
  const throttle = await takeAttempt(attempt);
  if (throttle.limited) return fail('throttled', retryMessage(throttle.retryAfterSeconds));
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  dummyHash ??= hashPassword('timing-equaliser-not-a-password');
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !user.passwordHash || !valid) return fail('invalid', 'Email or password is incorrect.');
  if (user.bannedAt) return fail('banned', 'This account has been suspended.');
  await forgiveAttempt(attempt);
  return ok({ id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion });
}

/** A reader's name may not be one a reader would take for a member of staff's ("Amara Osei", "АМАRА OSEI"). */
async function namesStaffMember(name: string, exceptUserId?: string): Promise<boolean> {
  const db = await getDb();
  const staff = await db.select({ id: users.id, name: users.name }).from(users).where(ne(users.role, 'reader'));
  return staff.some((member) => member.id !== exceptUserId && sameLookingNames(member.name, name));
}

/** One account per normalised email, also when two sign-ups race (the unique index decides). */
export async function createAccount(input: {
  name: string;
  email: string;
  password: string;
}): Promise<Result<{ userId: string }, 'email-taken' | 'name-taken'>> {
  if (await namesStaffMember(input.name)) return NAME_TAKEN;
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  const [row] = await db
    .insert(users)
    .values({ name: input.name, email: input.email, passwordHash, role: 'reader' })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return row ? ok({ userId: row.id }) : fail('email-taken', 'An account with this email already exists. Sign in instead, or use another email.');
}

/** The signed-in reader's own account; a deleted one counts as signed out. */
function signedIn(user: CurrentUser | null): Result<CurrentUser, 'unauthenticated'> {
  return user ? ok(user) : fail('unauthenticated', 'Your session has ended. Please sign in again.');
}

export async function updateDisplayName(user: CurrentUser | null, name: string): Promise<Result<null, 'unauthenticated' | 'name-taken'>> {
  const me = signedIn(user);
  if (!me.ok) return me;
  if (me.value.role === 'reader' && (await namesStaffMember(name, me.value.id))) return NAME_TAKEN;
  const db = await getDb();
  await db.update(users).set({ name }).where(eq(users.id, me.value.id));
  return ok(null);
}

const WRONG_PASSWORD = fail('wrong-password', 'Your current password is incorrect.');

/** Changes the password, which ends every session of the account (the caller signs this browser in again). */
export async function changePassword(
  user: CurrentUser | null,
  currentPassword: string,
  newPassword: string,
): Promise<Result<null, 'unauthenticated' | 'wrong-password'>> {
  const me = signedIn(user);
  if (!me.ok) return me;
  const db = await getDb();
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, me.value.id)).limit(1);
  if (!row?.hash || !(await verifyPassword(row.hash, currentPassword))) return WRONG_PASSWORD;
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, me.value.id));
    await endAllSessions(tx, me.value.id);
  });
  return ok(null);
}

/** Deletes the account; comments stay and show as from "deleted user" (the foreign key sets null). */
export async function deleteAccount(
  user: CurrentUser | null,
  password: string,
): Promise<Result<{ commentArticleIds: number[] }, 'unauthenticated' | 'wrong-password'>> {
  const me = signedIn(user);
  if (!me.ok) return me;
  const db = await getDb();
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, me.value.id)).limit(1);
  if (row?.hash && !(await verifyPassword(row.hash, password))) return WRONG_PASSWORD;
  return db.transaction(async (tx) => {
    const touched = await tx.selectDistinct({ articleId: comments.articleId }).from(comments).where(eq(comments.userId, me.value.id));
    await tx.delete(users).where(eq(users.id, me.value.id));
    return ok({ commentArticleIds: touched.map((t) => t.articleId) });
  });
}
