'use client';

import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { useViewer } from '@/components/auth/use-viewer';
import { postCommentAction, type CommentFormState } from '@/lib/actions/comments';
import { MAX_COMMENT } from '@/lib/comments/constants';
import { SubmitButton } from '@/components/ui/form';
import { useIsClient } from '@/components/ui/use-is-client';
import { announceCommentsChanged } from './events';
import { Button } from '@/components/ui/button';
import { ComposerFields, SignInPrompt } from './ComposerFields';

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
 * The live comment form: it takes over from the page's own form (CommentForm) for a signed-in reader,
 * and is the reply form and the form of the reply page. It counts characters, refuses an oversized
 * comment before sending it, keeps the text typed so far in this browser until it is posted, and
 * answers in place.
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
  const field = useRef<HTMLTextAreaElement>(null);

  // Taking over from the page's form with the reader's text: the caret goes after what they typed.
  useEffect(() => {
    const element = field.current;
    if (autoFocus && element && document.activeElement === element) element.setSelectionRange(element.value.length, element.value.length);
  }, [autoFocus]);

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

  if (viewer.status === 'signed-out') return <SignInPrompt slug={slug} note={text ? 'Your text is kept in this browser.' : undefined} />;

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
      <ComposerFields
        fieldId={fieldId}
        label={label}
        rows={parentId ? 3 : 4}
        textarea={{ ref: field, autoFocus, value: text, onChange: (e) => update(e.target.value) }}
        count={`${length.toLocaleString('en-GB')} / ${MAX_COMMENT.toLocaleString('en-GB')}`}
        countAlert={tooLong}
        actions={
          <>
            {onCancel && (
              <Button variant="quiet" onClick={onCancel}>
                Cancel
              </Button>
            )}
            <SubmitButton pendingText="Posting…">{parentId ? 'Post reply' : 'Post comment'}</SubmitButton>
          </>
        }
        message={message && <p className={message.status === 'error' ? 'text-accent' : 'text-ink'}>{message.text}</p>}
      />
    </form>
  );
}
