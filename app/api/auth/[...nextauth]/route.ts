import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';
import { clientAddress } from '@/lib/auth/client-address';
import { isKnownDevice, KNOWN_DEVICE_COOKIE } from '@/lib/auth/known-device';
import { peekThrottle, retryMessage } from '@/lib/dal/throttle';
import { normaliseEmail } from '@/lib/validation/text';

export const GET = (request: NextRequest) => handlers.GET(request);

/**
 * Auth.js endpoints. A credentials sign-in that would be throttled is answered 429 with Retry-After
 * before Auth.js runs (the sign-in itself counts the attempt atomically), and 503 when the database
 * cannot be asked.
 */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith('/callback/credentials')) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = normaliseEmail(String(form?.get('email') ?? '')).slice(0, 254);
    const knownDevice = isKnownDevice(request.cookies.get(KNOWN_DEVICE_COOKIE)?.value, email);
    let throttle;
    try {
      throttle = await peekThrottle({ email, address: clientAddress(request.headers), knownDevice });
    } catch {
      return Response.json({ error: 'Signing in is temporarily unavailable. Please try again in a moment.' }, { status: 503, headers: { 'Retry-After': '5' } });
    }
    if (throttle.limited)
      return Response.json(
        { error: retryMessage(throttle.retryAfterSeconds) },
        { status: 429, headers: { 'Retry-After': String(throttle.retryAfterSeconds) } },
      );
  }
  return handlers.POST(request);
}
