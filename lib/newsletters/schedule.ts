import { dayIn, minuteOfDayIn } from '@/lib/analytics/days';

/** "07:30" as minutes after midnight; null when it is not a time of day. */
export function parseTimeOfDay(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * The day (in the site's time zone) whose briefing is due at `now`, or null before the set time. A
 * server that was down at the set time sends that day's briefing when it comes back, the same day.
 */
export function briefingDayDue(now: Date, time: string, timeZone: string): string | null {
  const at = parseTimeOfDay(time);
  if (at === null) return null;
  return minuteOfDayIn(now, timeZone) >= at ? dayIn(now, timeZone) : null;
}

/** Minutes to wait before trying a delivery again after a temporary failure: 1, 5, 15, 60, 180. */
const RETRY_MINUTES = [1, 5, 15, 60, 180];
export const MAX_ATTEMPTS = RETRY_MINUTES.length + 1;

export function retryDelayMs(attempts: number): number {
  const index = Math.min(Math.max(attempts, 1), RETRY_MINUTES.length) - 1;
  return RETRY_MINUTES[index]! * 60_000;
}
