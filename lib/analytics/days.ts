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

/** The start of the UTC hour `at` falls in: the unit counts are kept in. */
export function hourOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
}

/** The `count` dates ending with `last`, oldest first ("2026-11-27" … "2026-12-03"). */
export function daysEnding(last: string, count: number): string[] {
  const end = Date.parse(`${last}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(end - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}
