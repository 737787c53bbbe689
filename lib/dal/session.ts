import 'server-only';
import { cache } from 'react';
import { unstable_rethrow } from 'next/navigation';
import { eq } from 'drizzle-orm';
import { auth } from '@/lib/auth';
import { getDb } from '@/db';
import { users, type Role } from '@/db/schema';

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  banned: boolean;
  approvedComments: number;
};

/**
 * The signed-in user as the database knows them now: role and ban state are re-read on every request,
 * because a session token cannot be revoked. A token for a deleted account counts as signed out.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  let session;
  try {
    session = await auth();
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (request-time data during prerender) must pass
    return null; // tampered or undecodable token
  }
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, bannedAt: users.bannedAt, approvedComments: users.approvedComments })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!row) return null;
  return { id: row.id, name: row.name, email: row.email, role: row.role, banned: row.bannedAt !== null, approvedComments: row.approvedComments };
});
