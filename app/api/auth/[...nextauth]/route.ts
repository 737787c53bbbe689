import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';
import { clientAddress } from '@/lib/auth/client-address';
import { checkThrottle, retryMessage } from '@/lib/dal/throttle';
import { normaliseEmail } from '@/lib/validation/text';

export const GET = (request: NextRequest) => handlers.GET(request);

/** Auth.js endpoints; a throttled credentials sign-in is answered 429 with Retry-After before Auth.js runs. */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith('/callback/credentials')) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = normaliseEmail(String(form?.get('email') ?? '')).slice(0, 254);
    const throttle = await checkThrottle(email, clientAddress(request.headers));
    if (throttle.limited)
      return Response.json(
        { error: retryMessage(throttle.retryAfterSeconds) },
        { status: 429, headers: { 'Retry-After': String(throttle.retryAfterSeconds) } },
      );
  }
  return handlers.POST(request);
}
