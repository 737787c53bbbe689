'use client';

import { useEffect, useState } from 'react';
import { usePathname } from 'next/navigation';
import { VIEWER_HINT_COOKIE } from '@/lib/auth/viewer-hint-cookie';
import type { Role } from '@/lib/domain';

/** Who is looking at a cached page, learned in the browser (never part of the page itself). */
export type Viewer = { id: string; name: string; role: Role };
export type ViewerState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; viewer: Viewer };

/** Set by the server while a session exists (lib/auth/viewer-hint-cookie.ts); says nothing about who. */
const HINT = `${VIEWER_HINT_COOKIE}=`;

let pending: Promise<Viewer | null> | null = null;

const hinted = () => document.cookie.split(/;\s*/).some((c) => c.startsWith(HINT) && c.length > HINT.length);

/** One request per page load, shared by every component that asks; none without the hint. */
export function loadViewer(): Promise<Viewer | null> {
  if (!hinted()) {
    pending = null;
    delete document.documentElement.dataset.viewer;
    return Promise.resolve(null);
  }
  pending ??= fetch('/api/viewer', { cache: 'no-store', credentials: 'same-origin' })
    .then((r) => (r.ok ? (r.json() as Promise<{ viewer: Viewer | null }>) : { viewer: null }))
    .then((data) => data.viewer)
    .catch(() => null)
    .then((viewer) => {
      // Keeps the page's mark true (see viewerMarkScript): set after a sign-in within the app, removed
      // when the hint outlived its session.
      if (viewer) document.documentElement.dataset.viewer = 'signed-in';
      else delete document.documentElement.dataset.viewer;
      return viewer;
    });
  return pending;
}

/**
 * Asked again after each navigation, which is how the masthead learns of a sign-in (the sign-in
 * action redirects within the app, so the layout stays); the answer is cached until the hint changes.
 */
export function useViewer(): ViewerState {
  const [state, setState] = useState<ViewerState>({ status: 'loading' });
  const pathname = usePathname();
  useEffect(() => {
    let live = true;
    void loadViewer().then((viewer) => {
      if (live) setState(viewer ? { status: 'signed-in', viewer } : { status: 'signed-out' });
    });
    return () => {
      live = false;
    };
  }, [pathname]);
  return state;
}

/** Signs out and loads the page again, so that everything on it shows the signed-out view. */
export async function signOutHere(returnTo: string): Promise<void> {
  await fetch('/api/viewer', { method: 'DELETE', credentials: 'same-origin' }).catch(() => undefined);
  pending = null;
  window.location.assign(returnTo);
}
