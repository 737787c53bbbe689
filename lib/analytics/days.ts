/** Calendar days and hours for counting, in the site's time zone. */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The date ("2026-12-03") that `at` falls on in `timeZone`. */
export function dayIn(at: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(at);
}

const minuteFormatters = new Map<string, Intl.DateTimeFormat>();

/** The minute of the day (0–1439) that `at` is in `timeZone`. */
export function minuteOfDayIn(at: Date, timeZone: string): number {
  let formatter = minuteFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    minuteFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(at);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return hour * 60 + minute;
}

let lastHour = { minute: NaN, timeZone: '', start: new Date(0) };

/**
 * The start of the hour `at` falls in, on the clock of `timeZone`: the unit counts are kept in. For
 * most zones that is the UTC hour; in zones half or three quarters of an hour off UTC (India, Nepal,
 * parts of Australia) it starts at :30 or :15 past the UTC hour, so that every hour's counts fall within one
 * local day.
 */
export function hourOf(at: Date, timeZone = 'UTC'): Date {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute === lastHour.minute && timeZone === lastHour.timeZone) return lastHour.start;
  const start = new Date((minute - (minuteOfDayIn(at, timeZone) % 60)) * 60_000);
  lastHour = { minute, timeZone, start };
  return start;
}

/** The `count` dates ending with `last`, oldest first ("2026-11-27" … "2026-12-03"). */
export function daysEnding(last: string, count: number): string[] {
  const end = Date.parse(`${last}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(end - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}
