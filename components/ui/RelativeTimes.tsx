'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { showRelativeTimes } from '@/lib/time/relative-times';
import { useNow } from './use-now';

/** Upgrades the stated times inside (`time[data-ago]`, also ones added later) to relative ones once the page is live. */
export function RelativeTimes({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const now = useNow();
  useEffect(() => {
    const element = box.current;
    if (!element || now === null) return;
    showRelativeTimes(element, now);
    const changes = new MutationObserver(() => showRelativeTimes(element, now));
    changes.observe(element, { childList: true, subtree: true });
    return () => changes.disconnect();
  }, [now]);
  return <div ref={box}>{children}</div>;
}
