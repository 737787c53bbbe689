import { NextResponse, type NextRequest } from 'next/server';

/**
 * Runs only for paths with a segment of 201 characters or more, well past anything a route accepts
 * (slugs are at most 120): they get the 404 page at once, instead of a render whose cache entry would be
 * a file named after the path. Every other request skips the proxy entirely (see the matcher).
 */
export function proxy(request: NextRequest) {
  return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
}

export const config = {
  matcher: ['/(.*[^/]{201}.*)'],
};
