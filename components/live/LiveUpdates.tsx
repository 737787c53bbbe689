'use client';

import { useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';
import { announceLiveReset } from './events';

/**
 * Starts the live stream once the page is usable (after load, when the browser is idle), so it costs the
 * first paint nothing; stops it when the reader leaves the page. A refresh of the same page (after the
 * reader's own action) brings a newer position but keeps the stream: it already holds what came since.
 */
export function LiveUpdates({ articleId, after }: { articleId: number | null; after: number }) {
  const router = useRouter();
  const position = useRef(after);
  useEffect(() => {
    position.current = after;
  }, [after]);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    const begin = () => {
      void import('./live-client').then(({ startLive }) => {
        if (!cancelled)
          stop = startLive({
            articleId,
            after: position.current,
            onReset: () => {
              announceLiveReset();
              router.refresh();
            },
          });
      });
    };
    let cancelWait: (() => void) | null = null;
    const onLoad = () => {
      // Safari has no requestIdleCallback.
      if (typeof window.requestIdleCallback === 'function') {
        const handle = window.requestIdleCallback(begin, { timeout: 4_000 });
        cancelWait = () => window.cancelIdleCallback(handle);
      } else {
        const handle = setTimeout(begin, 1_500);
        cancelWait = () => clearTimeout(handle);
      }
    };
    if (document.readyState === 'complete') onLoad();
    else window.addEventListener('load', onLoad, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener('load', onLoad);
      cancelWait?.();
      stop?.();
    };
  }, [articleId, router]);
  return null;
}
