'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

/** Paths that are files or endpoints, not pages: the browser loads them itself. */
const NOT_A_PAGE = /^\/(api|media|_next)\/|\.[a-z0-9]{2,5}$/i;

function appLink(event: Event): URL | null {
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement)) return null;
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin || NOT_A_PAGE.test(url.pathname)) return null;
  return url;
}

const samePage = (url: URL) => url.pathname === window.location.pathname && url.search === window.location.search;

/**
 * One listener for every link on the page (see ReaderLink): a plain click on a link to another page
 * of the site navigates within the app; the page behind a link is fetched when the reader reaches for
 * it. Modified clicks, new tabs, downloads, files, other sites and anchors within the page are left to
 * the browser, and so is every link before this script has loaded.
 */
export function ReaderNavigation() {
  const router = useRouter();
  useEffect(() => {
    const fetched = new Set<string>();
    const reach = (event: Event) => {
      const url = appLink(event);
      if (!url || samePage(url)) return;
      const path = `${url.pathname}${url.search}`;
      if (fetched.has(path)) return;
      fetched.add(path);
      router.prefetch(path);
    };
    const follow = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const url = appLink(event);
      if (!url || (samePage(url) && url.hash)) return;
      event.preventDefault();
      router.push(`${url.pathname}${url.search}${url.hash}`);
    };
    document.addEventListener('click', follow);
    document.addEventListener('mouseover', reach, { passive: true });
    document.addEventListener('touchstart', reach, { passive: true });
    document.addEventListener('focusin', reach);
    return () => {
      document.removeEventListener('click', follow);
      document.removeEventListener('mouseover', reach);
      document.removeEventListener('touchstart', reach);
      document.removeEventListener('focusin', reach);
    };
  }, [router]);
  return null;
}
