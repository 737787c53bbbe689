import { signOut } from '@/lib/auth';
import { clearViewerHint } from '@/lib/auth/viewer-hint';
import { VIEWER_HINT_COOKIE } from '@/lib/auth/viewer-hint-cookie';
import { currentUser } from '@/lib/dal/session';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

/**
 * Who is looking, for the parts of cached pages that depend on it (account menu, comment form and
 * controls): id, display name and role, or null. Asked only by browsers with the sign-in hint cookie.
 */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) {
    // A hint left behind by a session that has ended: the browser stops asking.
    if (request.headers.get('cookie')?.includes(`${VIEWER_HINT_COOKIE}=`)) await clearViewerHint();
    return Response.json({ viewer: null }, { headers: PRIVATE });
  }
  return Response.json({ viewer: { id: user.id, name: user.name, role: user.role } }, { headers: PRIVATE });
}

/** Signs out (the account menu's button); the page then reloads as signed out. */
export async function DELETE() {
  await signOut({ redirect: false });
  await clearViewerHint();
  return new Response(null, { status: 204, headers: PRIVATE });
}
