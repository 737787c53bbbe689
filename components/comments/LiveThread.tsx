'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useViewer } from '@/components/auth/use-viewer';
import { useNow } from '@/components/ui/use-now';
import { formatRelative } from '@/lib/time/format';
import type { CommentControls } from './CommentControls';

type Controls = typeof CommentControls;

const SLOT = '[data-comment-controls]';
const TIME = 'time[data-ago]';

const sameSlots = (a: HTMLElement[], b: HTMLElement[]) => a.length === b.length && a.every((slot, i) => slot === b[i]);

/**
 * Says "3 h ago" instead of the time the HTML states, for times within the week: widths are read
 * first and kept, so the shorter wording moves nothing.
 */
function showRelativeTimes(root: HTMLElement, now: number) {
  const times = [...root.querySelectorAll<HTMLTimeElement>(TIME)];
  const widths = times.map((time) => (time.style.minWidth ? null : time.getBoundingClientRect().width));
  times.forEach((time, i) => {
    const width = widths[i];
    if (width) time.style.minWidth = `${width}px`;
    const text = formatRelative(time.dateTime, now) ?? time.title;
    if (time.textContent !== text) time.textContent = text;
  });
}

/**
 * What the cached thread (children, server HTML) cannot know: relative times, and reply, edit, delete
 * and report under each comment for signed-in readers. The controls' code loads once a signed-in
 * reader nears the thread and fills the empty slot of every comment, including comments that arrive
 * later. Readers who are signed out load none of it.
 */
export function LiveThread({
  articleId,
  slug,
  commentsOpen,
  closesAt,
  children,
}: {
  articleId: number;
  slug: string;
  commentsOpen: boolean;
  closesAt: string | null;
  children: ReactNode;
}) {
  const viewer = useViewer();
  const now = useNow();
  const repliesOpen = commentsOpen && !(closesAt && now !== null && now >= Date.parse(closesAt));
  const box = useRef<HTMLDivElement>(null);
  const [controls, setControls] = useState<{ Controls: Controls } | null>(null);
  const [slots, setSlots] = useState<HTMLElement[]>([]);

  useEffect(() => {
    const element = box.current;
    if (viewer.status !== 'signed-in' || controls || !element) return;
    const sight = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        sight.disconnect();
        void import('./CommentControls').then(({ CommentControls: Controls }) => setControls({ Controls }));
      },
      { rootMargin: '600px 0px' },
    );
    sight.observe(element);
    return () => sight.disconnect();
  }, [viewer.status, controls]);

  useEffect(() => {
    const element = box.current;
    if (!controls || !element) return;
    const collect = () =>
      setSlots((current) => {
        const found = [...element.querySelectorAll<HTMLElement>(SLOT)];
        return sameSlots(current, found) ? current : found;
      });
    collect();
    const changes = new MutationObserver(collect);
    changes.observe(element, { childList: true, subtree: true });
    return () => changes.disconnect();
  }, [controls]);

  useEffect(() => {
    const element = box.current;
    if (!element || now === null) return;
    showRelativeTimes(element, now);
    const changes = new MutationObserver(() => showRelativeTimes(element, now));
    changes.observe(element, { childList: true, subtree: true });
    return () => changes.disconnect();
  }, [now]);

  return (
    <div ref={box}>
      {children}
      {controls &&
        slots.map((slot) => {
          const { commentControls: id, authorId, authorName, createdAt } = slot.dataset;
          if (!id || !createdAt) return null;
          return createPortal(
            <controls.Controls
              commentId={Number(id)}
              authorId={authorId || null}
              authorName={authorName ?? ''}
              createdAt={createdAt}
              articleId={articleId}
              slug={slug}
              repliesOpen={repliesOpen}
            />,
            slot,
            id,
          );
        })}
    </div>
  );
}
