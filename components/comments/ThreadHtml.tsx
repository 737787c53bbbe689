'use client';

import { useEffect, useRef, useState } from 'react';
import { LIVE_RESET } from '@/components/live/events';

/**
 * The thread as the server drew it. Once the page is live the thread in the browser is the live
 * stream's to update: it changes a comment's text and counts in place and keeps what a reader has open
 * under a comment (a reply being typed, an edit, "Yes, delete"), and the order they chose. A newer copy
 * from the server (the page refreshing after the reader's own action) replaces it only when no stream
 * is open to carry the same change, or when the stream asks for the page's data again.
 */
export function ThreadHtml({ html }: { html: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [first] = useState(html);
  const shown = useRef(html);
  const replaceNext = useRef(false);

  useEffect(() => {
    const reset = () => {
      replaceNext.current = true;
    };
    window.addEventListener(LIVE_RESET, reset);
    return () => window.removeEventListener(LIVE_RESET, reset);
  }, []);

  useEffect(() => {
    const element = box.current;
    if (!element || html === shown.current) return;
    shown.current = html;
    const live = document.documentElement.dataset.live === 'open';
    if (live && !replaceNext.current) return;
    replaceNext.current = false;
    element.innerHTML = html;
  }, [html]);

  return <div ref={box} dangerouslySetInnerHTML={{ __html: first }} />;
}
