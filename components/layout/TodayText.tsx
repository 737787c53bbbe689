'use client';

import { formatAbsolute } from '@/lib/time/format';
import { useNow } from '@/components/ui/use-now';

export function TodayText({ rendered, timeZone }: { rendered: string; timeZone: string }) {
  const now = useNow();
  return <span>{now === null ? rendered : formatAbsolute(new Date(now), 'day', timeZone)}</span>;
}
