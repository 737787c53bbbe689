'use client';

import { useEffect } from 'react';
import { showRelativeTimes } from '@/lib/time/relative-times';

const TICK_MS = 30_000;

/**
 * Once per page, in the site layout: upgrades every stated time (`time[data-ago]`) to a relative one
 * ("3 h ago") when the browser is idle after the page has come alive, again every 30 s, and for times
 * that arrive later (a navigation, a live comment, a block drawn as the reader scrolls to it). Idle
 * means after hydration, so React never meets text it did not write; and the page's layout is already
 * settled, so reading widths costs nothing.
 */
export function RelativeTimes() {
  useEffect(() => {
    let pending: number | null = null;
    const upgrade = () => {
      pending = null;
      showRelativeTimes(document.body, Date.now());
    };
    const schedule = () => {
      if (pending !== null) return;
      pending = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(upgrade, { timeout: 2000 }) : window.setTimeout(upgrade, 200);
    };
    schedule();
    const tick = window.setInterval(schedule, TICK_MS);
    const arrivals = new MutationObserver(schedule);
    arrivals.observe(document.body, { childList: true, subtree: true });
    // A block below the first screen is drawn as the reader nears it (render-when-near): its times then.
    document.addEventListener('contentvisibilityautostatechange', schedule, { capture: true });
    return () => {
      document.removeEventListener('contentvisibilityautostatechange', schedule, { capture: true });
      window.clearInterval(tick);
      arrivals.disconnect();
      if (pending !== null) {
        if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(pending);
        else window.clearTimeout(pending);
      }
    };
  }, []);
  return null;
}
