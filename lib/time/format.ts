/**
 * How NewsHub writes times, for server and browser alike (no environment read here: the site's time
 * zone is passed in). Absolute times are what the HTML says; relative ones ("3 h ago") are what the
 * browser may show instead for recent times.
 */

export type AbsoluteFormat = 'date' | 'datetime' | 'day';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A time zone name the runtime knows, or null. */
export function knownTimeZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * "2 December 2026" ('date'), "2 Dec 2026, 14:05" ('datetime', with the zone's short name when asked:
 * "2 Dec 2026, 14:05 GMT"), "Wednesday 2 December 2026" ('day').
 */
export function formatAbsolute(iso: string | Date, format: AbsoluteFormat, timeZone: string, { zone = false } = {}): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (format === 'date') return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
  if (format === 'day')
    return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date).replace(',', '');
  const parts = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: zone ? 'short' : undefined,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const text = `${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')}`;
  return zone ? `${text} ${part('timeZoneName')}` : text;
}

/**
 * When the day that `at` falls on ends in `timeZone`, as epoch milliseconds, an hour early: a day that
 * loses or gains an hour to daylight saving may end up to an hour sooner or later than its wall clock says,
 * and a page should rather work out today's date once more than keep yesterday's.
 */
export function dayEndsAt(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const sinceMidnight = ((part('hour') * 60 + part('minute')) * 60 + part('second')) * 1000 + at.getMilliseconds();
  return at.getTime() - sinceMidnight + DAY - HOUR;
}

/** "just now", "12 min ago", "3 h ago", "yesterday", "4 days ago"; null from a week on (the absolute time says it better). */
export function formatRelative(iso: string, now: number): string | null {
  const diff = now - Date.parse(iso);
  if (Number.isNaN(diff)) return null;
  if (diff < -MINUTE) return null; // a clock behind the server's: keep the absolute time
  if (diff < MINUTE) return 'just now';
  if (diff < HOUR) return `${Math.floor(diff / MINUTE)} min ago`;
  if (diff < DAY) return `${Math.floor(diff / HOUR)} h ago`;
  if (diff < 7 * DAY) {
    const days = Math.floor(diff / DAY);
    return days === 1 ? 'yesterday' : `${days} days ago`;
  }
  return null;
}
