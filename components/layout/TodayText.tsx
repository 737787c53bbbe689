'use client';

import { formatAbsolute } from '@/lib/time/format';
import { useNow } from '@/components/ui/use-now';

/**
 * The date the page was rendered on, until that day is over: only a page kept in a cache past midnight
 * works the date out again (a first date format costs a phone tens of milliseconds).
 */
export function TodayText({ rendered, until, timeZone }: { rendered: string; until: number; timeZone: string }) {
  const now = useNow();
  return <span>{now === null || now < until ? rendered : formatAbsolute(new Date(now), 'day', timeZone)}</span>;
}
