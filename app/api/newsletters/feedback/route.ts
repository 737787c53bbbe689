import { timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { suppressAddress } from '@/lib/dal/newsletter-subscribers';
import { parseFeedback } from '@/lib/newsletters/feedback';

/**
 * Bounces and complaints reported after the mail server accepted a message (the provider's webhook,
 * or a bounce-mailbox processor): POST JSON { "type": "bounce" | "complaint", "email": "…" } or a list
 * of them, with "Authorization: Bearer MAIL_FEEDBACK_SECRET". Each stops further mail to the address.
 * (Refusals during sending are handled by the sender itself.)
 */
function authorised(header: string | null): boolean {
  const secret = env.MAIL_FEEDBACK_SECRET;
  if (!secret || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice(7));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function POST(request: Request) {
  if (!authorised(request.headers.get('authorization'))) return new Response('Forbidden', { status: 403 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: 'The body must be JSON.' }, { status: 400 });
  }
  const parsed = parseFeedback(body);
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 });
  let suppressed = 0;
  for (const report of parsed.reports) if (await suppressAddress(report.email, report.type)) suppressed++;
  return Response.json({ received: parsed.reports.length, suppressed });
}
