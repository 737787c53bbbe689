import 'server-only';
import { notFound } from 'next/navigation';
import { currentUser, type CurrentUser } from '@/lib/dal/session';
import { canUseNewsroom } from '@/lib/auth/permissions';

/** The signed-in staff member, re-read from the database; null for readers, banned staff and visitors. */
export async function newsroomActor(): Promise<CurrentUser | null> {
  const user = await currentUser();
  return canUseNewsroom(user) ? user : null;
}

/**
 * The signed-in staff member for a newsroom page. The newsroom layout shows "not allowed" to everyone
 * else; pages render beside it, so for them this ends the render quietly instead of failing.
 */
export async function requireNewsroomActor(): Promise<CurrentUser> {
  const actor = await newsroomActor();
  if (!actor) notFound();
  return actor;
}
