import 'server-only';
import { cookies } from 'next/headers';
import { env, isProduction } from '@/lib/env';
import { VIEWER_HINT_COOKIE, viewerHintOptions } from '@/lib/auth/viewer-hint-cookie';

const secure = () => isProduction && Boolean(env.SITE_URL?.startsWith('https:'));

/** Set with every sign-in (Auth.js events), for as long as the session lasts. */
export async function setViewerHint(maxAgeSeconds: number): Promise<void> {
  try {
    (await cookies()).set(VIEWER_HINT_COOKIE, '1', viewerHintOptions(maxAgeSeconds, secure()));
  } catch {
    // Outside a request that can set cookies (a render): the next sign-in sets it.
  }
}

export async function clearViewerHint(): Promise<void> {
  try {
    (await cookies()).set(VIEWER_HINT_COOKIE, '', viewerHintOptions(0, secure()));
  } catch {
    // as above
  }
}
