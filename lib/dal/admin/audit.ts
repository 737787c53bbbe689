import 'server-only';
import type { Database } from '@/db';
import { auditLog } from '@/db/schema';

type Executor = Pick<Database, 'insert'>;

/** One line in the audit log: who did what to which thing, and when (the database's clock). */
export async function audit(
  db: Executor,
  actorId: string | null,
  action: string,
  target: { type: string; id: string | number },
  detail: Record<string, unknown> = {},
) {
  await db.insert(auditLog).values({ actorId, action, targetType: target.type, targetId: String(target.id), detail });
}
