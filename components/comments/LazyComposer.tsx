'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useViewer } from '@/components/auth/use-viewer';
import { useNow } from '@/components/ui/use-now';
import type { CommentComposer } from './CommentComposer';
import { CommentsClosed } from './ComposerFields';

type Composer = typeof CommentComposer;
type Start = { text: string; focus: boolean };

/**
 * Holds the page's own comment form (children) until a signed-in reader comes near it (or touches it),
 * then loads the live composer and hands it what was typed so far, focus included. A page cached past
 * the story's closing time shows it closed.
 */
export function LazyComposer({ articleId, slug, closesAt, children }: { articleId: number; slug: string; closesAt: string | null; children: ReactNode }) {
  const viewer = useViewer();
  const now = useNow();
  const box = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState<{ Composer: Composer; start: Start } | null>(null);

  useEffect(() => {
    const element = box.current;
    if (viewer.status !== 'signed-in' || live || !element) return;
    let requested = false;
    const load = () => {
      if (requested) return;
      requested = true;
      void import('./CommentComposer').then(({ CommentComposer: Composer }) => {
        const field = element.querySelector('textarea');
        setLive({ Composer, start: { text: field?.value ?? '', focus: field !== null && document.activeElement === field } });
      });
    };
    const sight = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: '600px 0px' });
    sight.observe(element);
    element.addEventListener('focusin', load);
    element.addEventListener('pointerdown', load);
    return () => {
      sight.disconnect();
      element.removeEventListener('focusin', load);
      element.removeEventListener('pointerdown', load);
    };
  }, [viewer.status, live]);

  if (closesAt && now !== null && now >= Date.parse(closesAt)) return <CommentsClosed />;
  return (
    <div ref={box}>{live ? <live.Composer articleId={articleId} slug={slug} initialBody={live.start.text} autoFocus={live.start.focus} /> : children}</div>
  );
}
