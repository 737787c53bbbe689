'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import { formatRelative } from '@/lib/time/format';
import { useNow } from './use-now';

/**
 * Shows `absolute` (as the server wrote it) until the page is live, then the relative time. Its box
 * keeps the width the absolute text had, so the switch moves nothing around it (relative times are
 * the shorter ones).
 */
export function RelativeTimeText({ iso, absolute, className }: { iso: string; absolute: string; className?: string }) {
  const ref = useRef<HTMLTimeElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  const now = useNow();
  useLayoutEffect(() => {
    // Measured once, before the browser paints the live page.
    setWidth(ref.current?.getBoundingClientRect().width ?? null);
  }, []);
  const relative = width !== null && now !== null ? formatRelative(iso, now) : null;
  return (
    <time
      ref={ref}
      dateTime={iso}
      title={absolute}
      className={className ? `inline-block ${className}` : 'inline-block'}
      style={width ? { minWidth: width } : undefined}
    >
      {relative ?? absolute}
    </time>
  );
}
