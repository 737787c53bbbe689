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
 * from and the viewport's width — no cookie, no identifier. Sent once the page is usable, or at once
 * when the reader leaves sooner (another page, the tab hidden or closed); never when the browser asks
 * not to be tracked.
 */
export function ViewBeacon() {
  const path = usePathname();
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const privacy = navigator as Privacy;
    if (privacy.doNotTrack === '1' || privacy.globalPrivacyControl === true) return;
    const referrer = previous.current ?? document.referrer;
    previous.current = window.location.href;
    let sent = false;
    const send = () => {
      if (sent) return;
      sent = true;
      const body = JSON.stringify({ path, referrer, width: window.innerWidth });
      if (!navigator.sendBeacon?.('/api/views', body)) void fetch('/api/views', { method: 'POST', body, keepalive: true }).catch(() => {});
    };
    let cancel = () => {};
    const onLoad = () => {
      cancel = whenIdle(send);
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') send();
    };
    if (document.readyState === 'complete') onLoad();
    else window.addEventListener('load', onLoad, { once: true });
    window.addEventListener('pagehide', send);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('load', onLoad);
      window.removeEventListener('pagehide', send);
      document.removeEventListener('visibilitychange', onHidden);
      cancel();
      send(); // leaving for another page of the site before the browser was idle
    };
  }, [path]);
  return null;
}
