import { describe, expect, it } from 'vitest';
import { dayEndsAt, formatAbsolute, formatRelative, knownTimeZone } from '@/lib/time/format';

describe('absolute times, as the HTML writes them', () => {
  const iso = '2026-12-02T14:05:00Z';

  it('are written in the newsroom’s zone, with its short name when asked', () => {
    expect(formatAbsolute(iso, 'datetime', 'Europe/London')).toBe('2 Dec 2026, 14:05');
    expect(formatAbsolute(iso, 'datetime', 'Europe/London', { zone: true })).toBe('2 Dec 2026, 14:05 GMT');
    expect(formatAbsolute(iso, 'datetime', 'Europe/Berlin')).toBe('2 Dec 2026, 15:05');
    expect(formatAbsolute('2026-07-01T23:30:00Z', 'datetime', 'Europe/London', { zone: true })).toBe('2 Jul 2026, 00:30 BST');
  });

  it('cross the date line with the zone, not with UTC', () => {
    expect(formatAbsolute('2026-12-02T23:30:00Z', 'date', 'Asia/Tokyo')).toBe('3 December 2026');
    expect(formatAbsolute('2026-12-02T23:30:00Z', 'date', 'America/New_York')).toBe('2 December 2026');
  });

  it('name the day for the masthead', () => {
    expect(formatAbsolute(iso, 'day', 'Europe/London')).toBe('Wednesday 2 December 2026');
  });

  it('use a 24-hour clock at midnight too', () => {
    expect(formatAbsolute('2026-12-02T00:07:00Z', 'datetime', 'UTC')).toBe('2 Dec 2026, 00:07');
  });
});

describe('relative times, as the browser shows recent ones', () => {
  const at = Date.parse('2026-12-02T14:05:00Z');
  const ago = (ms: number) => new Date(at - ms).toISOString();

  it('count minutes, hours and days within the week', () => {
    expect(formatRelative(ago(20_000), at)).toBe('just now');
    expect(formatRelative(ago(12 * 60_000), at)).toBe('12 min ago');
    expect(formatRelative(ago(3 * 3_600_000 + 59 * 60_000), at)).toBe('3 h ago');
    expect(formatRelative(ago(30 * 3_600_000), at)).toBe('yesterday');
    expect(formatRelative(ago(4 * 86_400_000), at)).toBe('4 days ago');
  });

  it('leave older times, clocks far behind and nonsense to the absolute text', () => {
    expect(formatRelative(ago(8 * 86_400_000), at)).toBeNull();
    expect(formatRelative(ago(-5 * 60_000), at)).toBeNull();
    expect(formatRelative('not a date', at)).toBeNull();
  });
});

describe('the SITE_TIME_ZONE setting', () => {
  it('accepts zone names and refuses anything else', () => {
    expect(knownTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(knownTimeZone('Mars/Olympus_Mons')).toBeNull();
    expect(knownTimeZone('')).toBeNull();
  });
});

describe('the masthead’s date, and when it stops being true', () => {
  const iso = (ms: number) => new Date(ms).toISOString();

  it('runs to an hour before midnight in the newsroom’s zone', () => {
    expect(iso(dayEndsAt(new Date('2026-12-02T14:05:30.250Z'), 'Europe/London'))).toBe('2026-12-02T23:00:00.000Z');
    expect(iso(dayEndsAt(new Date('2026-12-02T14:05:00Z'), 'Asia/Tokyo'))).toBe('2026-12-02T14:00:00.000Z');
    expect(iso(dayEndsAt(new Date('2026-12-02T16:00:00Z'), 'Asia/Tokyo'))).toBe('2026-12-03T14:00:00.000Z');
    expect(iso(dayEndsAt(new Date('2026-07-01T23:30:00Z'), 'Europe/London'))).toBe('2026-07-02T22:00:00.000Z');
  });

  it('never outlasts the day, even on a day that changes the clocks', () => {
    // 29 March 2026: London loses an hour at 01:00 GMT, so the day is 23 hours long and ends at 23:00 UTC.
    const springDay = dayEndsAt(new Date('2026-03-29T12:00:00Z'), 'Europe/London');
    expect(springDay).toBeLessThanOrEqual(Date.parse('2026-03-29T23:00:00Z'));
    expect(formatAbsolute(new Date(springDay - 1), 'day', 'Europe/London')).toBe('Sunday 29 March 2026');
    // 25 October 2026: London gains an hour, so the day is 25 hours long.
    const autumnDay = dayEndsAt(new Date('2026-10-25T20:00:00Z'), 'Europe/London');
    expect(autumnDay).toBeLessThanOrEqual(Date.parse('2026-10-26T00:00:00Z'));
    expect(formatAbsolute(new Date(autumnDay - 1), 'day', 'Europe/London')).toBe('Sunday 25 October 2026');
  });
});
