'use client';

import { useEffect, useRef } from 'react';
import { usePathname } from 'next/navigation';
import { HOUSE_FACE_FAMILIES, HOUSE_FONTS_KEY } from '@/lib/fonts/house-fonts';

let requested = false;
let arrived = false;

function saveData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

const INTERACTIONS = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;

/** Once the reader does something with the page (taps, types, scrolls), when the browser is next idle. */
function onceEngaged(task: () => void) {
  const start = () => {
    for (const type of INTERACTIONS) window.removeEventListener(type, start);
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout: 3000 });
    else setTimeout(task, 500);
  };
  for (const type of INTERACTIONS) window.addEventListener(type, start, { passive: true });
}

/** Fetches the house faces into the cache without applying them to the page on screen. */
function fetchHouseFaces() {
  const faces: FontFace[] = [];
  document.fonts.forEach((face) => {
    if (HOUSE_FACE_FAMILIES.includes(face.family.replace(/["']/g, ''))) faces.push(face);
  });
  if (faces.length === 0) return;
  void Promise.all(faces.map((face) => face.load())).then(
    () => {
      arrived = true;
      try {
        localStorage.setItem(HOUSE_FONTS_KEY, '1');
      } catch {
        /* storage refused: the faces still apply from the next page within this visit */
      }
    },
    () => {
      /* offline or refused: the device's faces stay, and the next page tries again */
      requested = false;
    },
  );
}

/**
 * See lib/fonts/house-fonts.ts. On a reader's first page, once they engage with it, the house faces are
 * fetched; the type changes only when the reader moves to another page (a navigation, never under their
 * eyes). A reader who reads a headline and leaves costs no font bytes, and nothing is fetched ahead
 * when the reader asked their browser to save data.
 */
export function HouseFonts() {
  const pathname = usePathname();
  // The root layout stays mounted across navigations: every run after the first follows one.
  const ranBefore = useRef(false);
  useEffect(() => {
    const afterNavigation = ranBefore.current;
    ranBefore.current = true;
    const root = document.documentElement;
    if (root.dataset.fonts) return;
    if (arrived && afterNavigation) {
      root.dataset.fonts = '1';
      return;
    }
    if (requested || saveData()) return;
    requested = true;
    onceEngaged(fetchHouseFaces);
  }, [pathname]);
  return null;
}
