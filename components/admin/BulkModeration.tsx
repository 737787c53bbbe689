'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { moderateAction } from '@/lib/actions/admin-moderation';
import type { QueueItem } from '@/lib/dal/admin/moderation';
import type { FormState } from '@/lib/validation/form-state';
import { StatusBadge } from './StatusBadge';
import { buttonClass } from '@/components/ui/button';

/** A moderation queue: one-click decisions per comment, or select several and decide at once. */
export function BulkModeration({ items }: { items: QueueItem[] }) {
  const [state, action] = useActionState<FormState, FormData>(moderateAction, { status: 'idle' });
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <form action={action} aria-label="Moderation queue">
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b rule bg-paper py-3 text-sm">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={selected.size === items.length && items.length > 0}
            onChange={(e) => setSelected(e.target.checked ? new Set(items.map((i) => i.id)) : new Set())}
          />
          Select all
        </label>
        <span className="text-muted">{selected.size} selected</span>
        {(['approve', 'hide', 'delete'] as const).map((decision) => (
          <button
            key={decision}
            type="submit"
            name="decision"
            value={decision}
            disabled={selected.size === 0}
            className={buttonClass({ variant: 'quiet', size: 'sm', className: 'capitalize' })}
          >
            {decision} selected
          </button>
        ))}
        <span role="status" aria-live="polite" aria-label="Moderation message" className={state.status === 'error' ? 'text-accent' : ''}>
          {state.message}
        </span>
      </div>
      <ul className="divide-y divide-rule">
        {items.map((item) => (
          <li key={item.id} className="grid gap-3 py-4 sm:grid-cols-[auto_minmax(0,1fr)_auto]">
            <input
              type="checkbox"
              name="commentId"
              value={item.id}
              checked={selected.has(item.id)}
              onChange={() => toggle(item.id)}
              aria-label={`Select comment by ${item.author?.name ?? 'deleted user'}`}
              className="mt-1"
            />
            <article aria-label={`Comment by ${item.author?.name ?? 'deleted user'}`}>
              <p className="text-sm">
                <span className="font-semibold">{item.author?.name ?? 'deleted user'}</span>
                {item.author?.banned && <span className="ml-2 text-xs text-accent">banned</span>} on{' '}
                <Link href={`/articles/${item.article.slug}#comment-${item.id}`} className="underline" target="_blank">
                  {item.article.title}
                </Link>{' '}
                <StatusBadge status={item.status} />
              </p>
              <p className="mt-1 break-words whitespace-pre-line">{item.excerpt}</p>
              {item.heldReason && <p className="mt-1 text-xs text-muted">Held: {item.heldReason}</p>}
              {item.reportCount > 0 && (
                <p className="mt-1 text-xs text-accent">
                  Reported {item.reportCount}×{item.reasons.length > 0 && `: ${[...new Set(item.reasons)].join(', ')}`}
                </p>
              )}
            </article>
            <div className="flex gap-2 sm:flex-col">
              {item.status !== 'published' && <SubmitButtonFor id={item.id} decision="approve" label="Approve" />}
              {item.status !== 'hidden' && <SubmitButtonFor id={item.id} decision="hide" label="Hide" />}
              <SubmitButtonFor id={item.id} decision="delete" label="Delete" />
            </div>
          </li>
        ))}
      </ul>
    </form>
  );
}

/** A per-row decision: the clicked button names its own decision and comment, whatever is selected. */
function SubmitButtonFor({ id, decision, label }: { id: number; decision: string; label: string }) {
  return (
    <button type="submit" name="single" value={`${decision}:${id}`} className={buttonClass({ size: 'sm' })} aria-label={`${label} comment ${id}`}>
      {label}
    </button>
  );
}
