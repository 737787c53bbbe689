import type { SuppressionReason } from '@/lib/domain';

export type FeedbackReport = { type: SuppressionReason; email: string };

/** A provider's report(s) of bounces and complaints, checked: one object or a list of up to 1,000. */
export function parseFeedback(body: unknown): { ok: true; reports: FeedbackReport[] } | { ok: false; error: string } {
  const items = Array.isArray(body) ? body : [body];
  if (items.length === 0 || items.length > 1_000) return { ok: false, error: 'Send between 1 and 1,000 reports.' };
  const reports: FeedbackReport[] = [];
  for (const item of items) {
    const { type, email } = (item ?? {}) as { type?: unknown; email?: unknown };
    if (type !== 'bounce' && type !== 'complaint') return { ok: false, error: 'Each report needs "type": "bounce" or "complaint".' };
    if (typeof email !== 'string' || email.length > 254 || !/^[^\s@]+@[^\s@]+$/.test(email.trim()))
      return { ok: false, error: 'Each report needs an "email" address.' };
    reports.push({ type, email: email.trim().toLowerCase() });
  }
  return { ok: true, reports };
}
