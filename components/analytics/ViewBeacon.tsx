'use client';

import { useEffect, useRef } from 'react';
import { usePathname } from 'next/navigation';

type Privacy = Navigator & { globalPrivacyControl?: boolean };

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 4_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 1_000);
  return () => clearTimeout(handle);
}

/**
 * Says "this page was read" once per page (app/api/views/route.ts): its path, where the reader came
 * from and the viewport's width — no cookie, no identifier. Sent once the page is usable; never when
 * the browser asks not to be tracked.
 */
export function ViewBeacon() {
  const path = usePathname();
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const privacy = navigator as Privacy;
    if (privacy.doNotTrack === '1' || privacy.globalPrivacyControl === true) return;
    const referrer = previous.current ?? document.referrer;
    previous.current = window.location.href;
    const send = () => {
      const body = JSON.stringify({ path, referrer, width: window.innerWidth });
      if (!navigator.sendBeacon?.('/api/views', body)) void fetch('/api/views', { method: 'POST', body, keepalive: true }).catch(() => {});
    };
    let cancel = () => {};
    const onLoad = () => {
      cancel = whenIdle(send);
    };
    if (document.readyState === 'complete') onLoad();
    else window.addEventListener('load', onLoad, { once: true });
    return () => {
      window.removeEventListener('load', onLoad);
      cancel();
    };
  }, [path]);
  return null;
}
