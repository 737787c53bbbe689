/**
 * A cookie scripts may read, saying only "someone is signed in here" (never who). Cached reader pages
 * are the same for everyone; with it, the browser knows whether to ask /api/viewer who is looking, so
 * signed-out readers (most of them) make no request at all. The session itself stays in its HttpOnly
 * cookie. Plain constants, so the proxy and the server share them.
 */
export const VIEWER_HINT_COOKIE = 'newshub-signed-in';

export function viewerHintOptions(maxAgeSeconds: number, secure: boolean) {
  return { path: '/', sameSite: 'lax' as const, httpOnly: false, maxAge: maxAgeSeconds, secure };
}

/**
 * Run before the page paints: with the hint present, <html data-viewer="signed-in"> hides the
 * "Sign in" link until the account menu knows who is looking, so signed-in readers never see it
 * flash and signed-out readers (and readers without JavaScript) see it at once.
 */
export const viewerMarkScript = `if(/(?:^|;\\s*)${VIEWER_HINT_COOKIE}=1/.test(document.cookie))document.documentElement.dataset.viewer='signed-in'`;
