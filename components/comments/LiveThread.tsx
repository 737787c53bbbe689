'use client';

import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useViewer } from '@/components/auth/use-viewer';
import { useNow } from '@/components/ui/use-now';
import { useIsClient } from '@/components/ui/use-is-client';
import { orderThread, THREAD_ORDERS, type ThreadOrder } from './thread-order';
import type { CommentControls } from './CommentControls';

type Controls = typeof CommentControls;

const SLOT = '[data-comment-controls]';

const ORDER_KEY = 'newshub:comment-order';

function savedOrder(): ThreadOrder {
  if (typeof window === 'undefined') return 'oldest';
  try {
    const saved = window.localStorage.getItem(ORDER_KEY);
    return saved === 'newest' || saved === 'recommended' ? saved : 'oldest';
  } catch {
    return 'oldest';
  }
}

/** Oldest, newest or most recommended first: reorders the thread in place, and is remembered on this device. */
function OrderControl({ box }: { box: RefObject<HTMLDivElement | null> }) {
  const client = useIsClient();
  const [order, setOrder] = useState<ThreadOrder>(savedOrder);
  useEffect(() => {
    const thread = box.current?.querySelector<HTMLElement>('[data-live-thread]');
    if (thread) orderThread(thread, order);
  }, [order, box]);
  if (!client) return null;
  const choose = (next: ThreadOrder) => {
    setOrder(next);
    try {
      window.localStorage.setItem(ORDER_KEY, next);
    } catch {
      // private browsing: the order holds for this page only
    }
  };
  return (
    <div role="group" aria-label="Order comments" className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">Show</span>
      {THREAD_ORDERS.map((o) => (
        <button key={o.value} type="button" aria-pressed={order === o.value} className="order-button" onClick={() => choose(o.value)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}

const sameSlots = (a: HTMLElement[], b: HTMLElement[]) => a.length === b.length && a.every((slot, i) => slot === b[i]);

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
  sortable,
  children,
}: {
  articleId: number;
  slug: string;
  commentsOpen: boolean;
  closesAt: string | null;
  /** Enough comments to be worth ordering. */
  sortable: boolean;
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

  // Tells the live client whose comments these are: a reader's own new comment goes straight into the thread.
  const viewerId = viewer.status === 'signed-in' ? viewer.viewer.id : undefined;
  return (
    <div ref={box} data-live-viewer={viewerId}>
      {sortable && <OrderControl box={box} />}
      <div data-live-thread-notice aria-live="polite" className="empty:hidden" dangerouslySetInnerHTML={{ __html: '' }} />
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
