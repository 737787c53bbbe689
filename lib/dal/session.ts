import 'server-only';
import { cache } from 'react';
import { unstable_rethrow } from 'next/navigation';
import { auth } from '@/lib/auth';
import type { Role } from '@/lib/domain';
import { accountForToken } from './sessions';

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
 * and the token must still stand for a session (lib/dal/sessions.ts): one issued before a password
 * change, "sign out everywhere", a ban or a role change, or copied before its sign-in ended, counts as
 * signed out. So does a token for a deleted account.
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
  const row = await accountForToken({ userId: id, sessionId: session?.sid, version: session?.sv });
  if (!row) return null;
  return { id: row.id, name: row.name, email: row.email, role: row.role, banned: row.bannedAt !== null, approvedComments: row.approvedComments };
});
