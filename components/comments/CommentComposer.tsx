'use client';

import Link from 'next/link';
import { useActionState, useEffect, useId, useState } from 'react';
import { useViewer } from '@/components/auth/use-viewer';
import { postCommentAction, type CommentFormState } from '@/lib/actions/comments';
import { MAX_COMMENT } from '@/lib/comments/constants';
import { SubmitButton } from '@/components/ui/form';
import { useIsClient } from '@/components/ui/use-is-client';
import { announceCommentsChanged } from './events';
import { Button } from '@/components/ui/button';

type Props = {
  articleId: number;
  slug: string;
  parentId?: number | null;
  initialBody?: string;
  label?: string;
  autoFocus?: boolean;
  onCancel?: () => void;
  onPosted?: () => void;
};

const draftKey = (articleId: number, parentId: number | null) => `newshub:draft:${articleId}:${parentId ?? 'top'}`;

function readStoredDraft(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/**
 * The comment form. It is part of the cached article page for everyone and posts without JavaScript;
 * with JavaScript, signed-out readers get a sign-in prompt instead, and the text typed so far is kept
 * in this browser until it is posted.
 */
export function CommentComposer({ articleId, slug, parentId = null, initialBody = '', label = 'Add a comment', autoFocus, onCancel, onPosted }: Props) {
  const viewer = useViewer();
  const isClient = useIsClient();
  const key = draftKey(articleId, parentId);
  const [text, setText] = useState(initialBody);
  const [state, action] = useActionState<CommentFormState, FormData>(postCommentAction, { status: 'idle' });
  const [seen, setSeen] = useState(state);
  const [localError, setLocalError] = useState<string | null>(null);
  const fieldId = useId();

  // Restore a draft kept in this browser (only after hydration, so server and client markup agree).
  useEffect(() => {
    if (initialBody) return;
    const stored = readStoredDraft(key);
    if (!stored) return;
    const timer = setTimeout(() => setText((current) => current || stored), 0);
    return () => clearTimeout(timer);
  }, [key, initialBody]);

  if (state !== seen) {
    setSeen(state);
    if (state.status === 'success') setText('');
  }

  useEffect(() => {
    if (state.status !== 'success') return;
    try {
      window.localStorage.removeItem(key);
    } catch {
      /* storage unavailable */
    }
    announceCommentsChanged(articleId);
    onPosted?.();
  }, [state, key, articleId, onPosted]);

  const update = (value: string) => {
    setText(value);
    try {
      if (value) window.localStorage.setItem(key, value);
      else window.localStorage.removeItem(key);
    } catch {
      /* storage unavailable */
    }
  };

  if (viewer.status === 'signed-out') {
    return (
      <div className="rounded border rule bg-paper p-4 text-sm" data-testid="comment-signin-prompt">
        <p>
          <Link href={`/signin?callbackUrl=${encodeURIComponent(`/articles/${slug}#comments`)}`} className="font-semibold text-accent underline">
            Sign in
          </Link>{' '}
          or{' '}
          <Link href={`/signup?callbackUrl=${encodeURIComponent(`/articles/${slug}#comments`)}`} className="font-semibold text-accent underline">
            create a free account
          </Link>{' '}
          to join the conversation.
          {text && ' Your text is kept in this browser.'}
        </p>
      </div>
    );
  }

  const length = Array.from(text).length;
  const tooLong = length > MAX_COMMENT;
  // Refused here rather than sent: a pasted book never leaves the browser, and the text stays in the box.
  const refuseTooLong = (event: React.FormEvent<HTMLFormElement>) => {
    if (!tooLong) return;
    event.preventDefault();
    setLocalError(
      `Comments can be at most ${MAX_COMMENT.toLocaleString('en-GB')} characters; yours has ${length.toLocaleString('en-GB')}. Shorten it and try again.`,
    );
  };
  const message = localError && tooLong ? { status: 'error' as const, text: localError } : state.message ? { status: state.status, text: state.message } : null;
  return (
    <form action={action} onSubmit={refuseTooLong} className="space-y-2" aria-label={label}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="parentId" value={parentId ?? ''} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="js" value={isClient ? '1' : '0'} />
      <label htmlFor={fieldId} className="block text-sm font-semibold">
        {label}
      </label>
      <textarea
        id={fieldId}
        name="body"
        rows={parentId ? 3 : 4}
        required
        autoFocus={autoFocus}
        value={text}
        onChange={(e) => update(e.target.value)}
        aria-describedby={`${fieldId}-count ${fieldId}-message`}
        className="block w-full rounded border rule bg-paper px-3 py-2 text-base leading-relaxed"
        placeholder="Share your perspective. Be civil; links are fine."
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p id={`${fieldId}-count`} className={`text-xs ${tooLong ? 'font-semibold text-accent' : 'text-muted'}`}>
          {length.toLocaleString('en-GB')} / {MAX_COMMENT.toLocaleString('en-GB')}
        </p>
        <div className="flex gap-2">
          {onCancel && (
            <Button variant="quiet" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <SubmitButton pendingText="Posting…">{parentId ? 'Post reply' : 'Post comment'}</SubmitButton>
        </div>
      </div>
      <div id={`${fieldId}-message`} role="status" aria-live="polite" aria-label="Comment form message" className="text-sm">
        {message && <p className={message.status === 'error' ? 'text-accent' : 'text-ink'}>{message.text}</p>}
      </div>
    </form>
  );
}
