import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { hasRole, isRole } from '@/lib/auth/roles';
import type { Role } from '@/lib/domain';
import { isSlug } from '@/lib/slug';
import { isPublishedSlug } from '@/lib/dal/article-status';
import { VIEWER_HINT_COOKIE, viewerHintOptions } from '@/lib/auth/viewer-hint-cookie';

/**
 * Runs for three kinds of request only (see the matcher), so reader pages never pay for it:
 * - a path with a segment of 201+ characters, well past anything a route accepts (slugs are at most
 *   120): the 404 page at once, before a render;
 * - a story's reply page and its conversation page for readers without JavaScript, when the story is
 *   missing or not published: a 404 (see replyPageExists);
 * - the newsroom: visitors without a session are redirected to sign in, readers get the "not allowed"
 *   page with status 403. This only gives the right status codes early (a streamed page cannot change
 *   its status); every newsroom page and action still checks the role it reads from the database;
 * - the sign-in page, which renews the "signed in" hint for sessions that have none (see signInPage).
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const notFound = () => NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
  if (pathname.split('/').some((segment) => segment.length > 200)) return notFound();

  const reply = REPLY_PAGE.exec(pathname);
  if (reply) return (await replyPageExists(reply[1]!)) ? NextResponse.next() : notFound();

  if (pathname === '/signin') return signInPage(request);

  const role = await sessionRole(request);
  if (!role) {
    const signIn = new URL('/signin', request.url);
    signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(signIn, 307);
  }
  if (!hasRole(role, 'writer')) return NextResponse.rewrite(new URL('/not-allowed', request.url), { status: 403 });
  return NextResponse.next();
}

/**
 * A session started before the hint cookie existed (or whose hint was cleared) shows the signed-out
 * menu; the reader clicks "Sign in", and here the hint is set again. The page itself then checks the
 * session against the database and sends a signed-in reader on (a revoked one sees the form).
 */
async function signInPage(request: NextRequest) {
  const response = NextResponse.next();
  if (!request.cookies.get(VIEWER_HINT_COOKIE)?.value && (await sessionRole(request)))
    response.cookies.set(VIEWER_HINT_COOKIE, '1', viewerHintOptions(SESSION_HINT_MAX_AGE, request.nextUrl.protocol === 'https:'));
  return response;
}

/** A week: the hint only steers the browser; the session's own expiry is what counts. */
const SESSION_HINT_MAX_AGE = 7 * 24 * 60 * 60;

const REPLY_PAGE = /^\/articles\/([^/]+)\/(?:respond|comments)$/;

/**
 * The reply and conversation pages are rendered per request and stream their frame before the story is looked up, so
 * only a check here can answer a story that is missing or not published with a real 404. (The page is
 * for readers without JavaScript, so it is rarely asked for; if the database cannot be asked, the page
 * answers for itself.)
 */
async function replyPageExists(slug: string): Promise<boolean> {
  if (!isSlug(slug)) return false;
  try {
    return await isPublishedSlug(slug);
  } catch {
    return true;
  }
}

/** The role in the session token, or null without a valid one. Both cookie names Auth.js may use are tried. */
async function sessionRole(request: NextRequest): Promise<Role | null> {
  const secret = resolveAuthSecret();
  for (const cookieName of ['__Secure-authjs.session-token', 'authjs.session-token']) {
    if (!request.cookies.has(cookieName)) continue;
    try {
      const token = await getToken({ req: request, secret, cookieName, salt: cookieName });
      if (token?.sub) return isRole(token.role) ? token.role : 'reader';
    } catch {
      // a tampered or expired token is no session
    }
  }
  return null;
}

export const config = {
  matcher: ['/(.*[^/]{201}.*)', '/admin', '/admin/:path*', '/articles/:slug/respond', '/articles/:slug/comments', '/signin'],
};
