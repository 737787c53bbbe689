import 'server-only';
import { currentUser, type CurrentUser } from '@/lib/dal/session';
import { canUseNewsroom } from '@/lib/auth/permissions';

export type { AdminFailure } from './failures';

/** The signed-in staff member, re-read from the database; null for readers, banned staff and visitors. */
export async function newsroomActor(): Promise<CurrentUser | null> {
  const user = await currentUser();
  return canUseNewsroom(user) ? user : null;
}
