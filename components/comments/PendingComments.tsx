'use client';

import { useEffect, useState } from 'react';
import { useViewer } from '@/components/auth/use-viewer';
import type { OwnComment } from '@/lib/dal/types';
import { CommentBody } from './CommentBody';
import { COMMENTS_CHANGED } from './events';

/** The reader's own comments that wait for a moderator: visible to them, and to nobody else. */
export function PendingComments({ articleId }: { articleId: number }) {
  const { status } = useViewer();
  const [comments, setComments] = useState<OwnComment[]>([]);

  useEffect(() => {
    if (status !== 'signed-in') return;
    let cancelled = false;
    const load = () =>
      fetch(`/api/comments/mine?article=${articleId}`, { cache: 'no-store' })
        .then((r) => (r.ok ? r.json() : { comments: [] }))
        .then((data: { comments: OwnComment[] }) => {
          if (!cancelled) setComments(data.comments);
        })
        .catch(() => undefined);
    void load();
    window.addEventListener(COMMENTS_CHANGED, load);
    return () => {
      cancelled = true;
      window.removeEventListener(COMMENTS_CHANGED, load);
    };
  }, [status, articleId]);

  if (status !== 'signed-in' || comments.length === 0) return null;
  return (
    <section aria-label="Your comments awaiting moderation" className="mt-4 space-y-3">
      {comments.map((c) => (
        <article key={c.id} className="rounded border border-dashed rule p-3 text-[0.97rem]">
          <p className="mb-1 text-xs font-semibold tracking-wide text-accent uppercase">Awaiting moderation · only you can see this</p>
          <CommentBody body={c.body} className="space-y-2 leading-relaxed break-words" />
        </article>
      ))}
    </section>
  );
}
