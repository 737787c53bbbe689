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
 * Run before the page paints. It marks <html data-js> (scripts run here), and with the hint present
 * data-viewer="signed-in": CSS then hides the masthead's "Sign in" link until the account menu knows
 * who is looking, and chooses between the comment form and the sign-in prompt (see globals.css), so
 * that nothing jumps once the page is live. Readers without JavaScript get neither mark: they see the
 * "Sign in" link and the form, which works for them without a script.
 */
export const viewerMarkScript = `document.documentElement.dataset.js='1';if(/(?:^|;\\s*)${VIEWER_HINT_COOKIE}=1/.test(document.cookie))document.documentElement.dataset.viewer='signed-in'`;
