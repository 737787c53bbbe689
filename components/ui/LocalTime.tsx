'use client';

import { useNow } from './use-now';

type Props = {
  iso: string;
  /** 'relative' ("5 min ago"), 'date' (26 November 2026), 'datetime' (26 Nov 2026, 14:05) */
  format: 'relative' | 'date' | 'datetime';
  className?: string;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatTime(iso: string, format: Props['format'], now: number, timeZone?: string): string {
  const date = new Date(iso);
  if (format === 'relative') {
    const diff = Math.max(0, now - date.getTime());
    if (diff < MINUTE) return 'just now';
    if (diff < HOUR) return `${Math.floor(diff / MINUTE)} min ago`;
    if (diff < DAY) return `${Math.floor(diff / HOUR)} h ago`;
    if (diff < 7 * DAY) {
      const days = Math.floor(diff / DAY);
      return days === 1 ? 'yesterday' : `${days} days ago`;
    }
    return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone });
  }
  if (format === 'date') return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  return date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: timeZone ? 'short' : undefined,
  });
}

/**
 * A time that pages can cache: the server renders it in UTC at render time, and the reader's browser
 * then shows it in their own time zone (and keeps relative times current).
 */
export function LocalTime({ iso, format, className }: Props) {
  const now = useNow();
  const text = now === null ? formatTime(iso, format, Date.parse(iso), 'UTC') : formatTime(iso, format, now);
  return (
    <time dateTime={iso} className={className} suppressHydrationWarning>
      {text}
    </time>
  );
}
