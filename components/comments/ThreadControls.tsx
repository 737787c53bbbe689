'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useViewer } from '@/components/auth/use-viewer';
import { useNow } from '@/components/ui/use-now';
import type { CommentControls } from './CommentControls';

type Controls = typeof CommentControls;

const SLOT = '[data-comment-controls]';

const sameSlots = (a: HTMLElement[], b: HTMLElement[]) => a.length === b.length && a.every((slot, i) => slot === b[i]);

/**
 * Reply, edit, delete and report under each comment, for signed-in readers only. The thread (children)
 * is server-rendered with an empty slot per comment; once a signed-in reader nears the thread, the
 * controls' code loads and fills every slot, including those of comments that arrive later. Readers
 * who are signed out load none of it.
 */
export function ThreadControls({
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
