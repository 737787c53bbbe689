'use client';

import { useNow } from '@/components/ui/use-now';

/** Today's date in the reader's locale; rendered in the browser so cached pages never show a stale day. */
export function TodayLine() {
  const now = useNow();
  return (
    <span className="inline-block min-w-[12ch]">
      {now === null ? '' : new Date(now).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}
    </span>
  );
}
