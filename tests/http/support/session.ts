import { get } from './http';

/** Cookies as a Cookie header, from the Set-Cookie headers of a response (later ones win). */
export function mergeCookies(jar: Map<string, string>, response: Response): Map<string, string> {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair!.indexOf('=');
    const name = pair!.slice(0, at).trim();
    const value = pair!.slice(at + 1).trim();
    if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') jar.delete(name);
    else jar.set(name, value);
  }
  return jar;
}

export const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

export type SignInOutcome = { status: number; location: string | null; cookies: Map<string, string> };

/** Signs in through Auth.js's credentials endpoint, the way the sign-in form's fallback does. */
export async function signInOverHttp(email: string, password: string, headers: Record<string, string> = {}): Promise<SignInOutcome> {
  const jar = new Map<string, string>();
  const csrf = await get('/api/auth/csrf', { headers });
  mergeCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await get('/api/auth/callback/credentials', {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: '/' }),
  });
  mergeCookies(jar, response);
  return { status: response.status, location: response.headers.get('location'), cookies: jar };
}

/** A Cookie header with a valid session for this account. */
export async function sessionCookie(email: string, password: string): Promise<string> {
  const outcome = await signInOverHttp(email, password);
  if (![...outcome.cookies.keys()].some((k) => k.endsWith('authjs.session-token')))
    throw new Error(`Sign-in for ${email} failed: ${outcome.status} ${outcome.location}`);
  return cookieHeader(outcome.cookies);
}
