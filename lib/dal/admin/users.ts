import 'server-only';
import { and, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, users } from '@/db/schema';
import { ROLES, type Role } from '@/lib/domain';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { slugFromText } from '@/lib/slug-from-text';
import { audit } from './audit';
import { endAllSessions } from '../sessions';
import { fail, FORBIDDEN, ok, type AdminCode, type Result } from '../result';

export type AdminUserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  banned: boolean;
  createdAt: string;
  approvedComments: number;
  rejectedComments: number;
};

export async function listUsers(actor: Actor | null, q: string, role?: Role): Promise<Result<AdminUserRow[]>> {
  if (!authorize(actor, 'admin')) return FORBIDDEN;
  const db = await getDb();
  const where: SQL[] = [];
  const needle = q
    .trim()
    .slice(0, 100)
    .replace(/[\\%_]/g, (c) => `\\${c}`);
  if (needle) where.push(or(ilike(users.name, `%${needle}%`), ilike(users.email, `%${needle}%`))!);
  if (role) where.push(eq(users.role, role));
  const rows = await db
    .select()
    .from(users)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(users.createdAt))
    .limit(200);
  return ok(
    rows.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      role: u.role,
      banned: u.bannedAt !== null,
      createdAt: u.createdAt.toISOString(),
      approvedComments: u.approvedComments,
      rejectedComments: u.rejectedComments,
    })),
  );
}

export async function changeRole(actor: Actor | null, userId: string, role: Role): Promise<Result<null, AdminCode>> {
  const admin = authorize(actor, 'admin');
  if (!admin) return FORBIDDEN;
  if (!ROLES.includes(role)) return fail('invalid', 'Unknown role.');
  if (userId === admin.id) return fail('invalid', 'You can’t change your own role.');
  const db = await getDb();
  return db.transaction(async (tx): Promise<Result<null, AdminCode>> => {
    const [target] = await tx.select({ role: users.role, name: users.name, slug: users.slug }).from(users).where(eq(users.id, userId)).for('update');
    if (!target) return fail('not-found', 'That user no longer exists.');
    // Staff get an author page; the slug is made once and kept.
    let slug = target.slug;
    if (role !== 'reader' && !slug) {
      const base = slugFromText(target.name, 60, 'author') || 'author';
      for (let n = 1; !slug; n++) {
        const candidate = n === 1 ? base : `${base}-${n}`;
        const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.slug, candidate)).limit(1);
        if (!taken) slug = candidate;
      }
    }
    await tx.update(users).set({ role, slug }).where(eq(users.id, userId));
    // Tokens carry the role they were issued with: the account signs in again with its new one.
    if (role !== target.role) await endAllSessions(tx, userId);
    await audit(tx, admin.id, 'user.role', { type: 'user', id: userId }, { name: target.name, from: target.role, to: role });
    return ok(null);
  });
}

export type AuditRow = {
  id: number;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string;
  detail: Record<string, unknown>;
  createdAt: string;
};

export async function auditEntries(actor: Actor | null, limit = 200): Promise<Result<AuditRow[]>> {
  if (!authorize(actor, 'admin')) return FORBIDDEN;
  const db = await getDb();
  const rows = await db
    .select({
      id: auditLog.id,
      actorName: users.name,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      detail: auditLog.detail,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(users, eq(auditLog.actorId, users.id))
    .orderBy(desc(auditLog.id))
    .limit(Math.min(Math.max(limit, 1), 1000));
  return ok(rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })));
}
