'use client';

import { useActionState, useEffect, useState } from 'react';
import { useViewer } from '@/components/auth/use-viewer';
import {
  deleteCommentAction,
  editCommentAction,
  recommendCommentAction,
  reportCommentAction,
  type CommentFormState,
  type RecommendState,
} from '@/lib/actions/comments';
import { featureCommentAction, type FeatureState } from '@/lib/actions/admin-moderation';
import { canModerate } from '@/lib/auth/roles';
import { recommendText } from '@/lib/content/thread-classes';
import { myRecommendations, rememberRecommendation } from './my-recommendations';
import { EDIT_WINDOW_MS, MAX_COMMENT } from '@/lib/comments/constants';
import type { FormState } from '@/lib/validation/form-state';
import { SubmitButton } from '@/components/ui/form';
import { useNow } from '@/components/ui/use-now';
import { CommentComposer } from './CommentComposer';
import { announceCommentsChanged } from './events';
import { Button } from '@/components/ui/button';

type Props = {
  commentId: number;
  authorId: string | null;
  authorName: string;
  createdAt: string;
  articleId: number;
  slug: string;
  /** False once the story is closed to comments: no more replies. */
  repliesOpen: boolean;
};

type Mode = 'idle' | 'reply' | 'edit' | 'delete' | 'report';

const button = 'text-xs font-medium text-muted hover:text-accent hover:underline';

function Message({ state }: { state: FormState }) {
  return (
    <div role="status" aria-live="polite" aria-label="Comment action message" className="text-sm">
      {state.message && <p className={state.status === 'error' ? 'text-accent' : 'text-ink'}>{state.message}</p>}
    </div>
  );
}

function EditForm({ commentId, articleId, onDone }: { commentId: number; articleId: number; onDone: () => void }) {
  const [text, setText] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetch(`/api/comments/${commentId}/source`, { cache: 'no-store' })
      .then(async (r) => {
        const data = await r.json().catch(() => ({}));
        if (cancelled) return;
        if (r.ok) setText(data.body);
        else setLoadError(data.error ?? 'This comment can’t be edited now.');
      })
      .catch(() => !cancelled && setLoadError('Couldn’t load your comment. Check your connection and try again.'));
    return () => {
      cancelled = true;
    };
  }, [commentId]);
  const [state, action] = useActionState<CommentFormState, FormData>(editCommentAction, { status: 'idle' });
  useEffect(() => {
    if (state.status !== 'success') return;
    announceCommentsChanged(articleId);
    onDone();
  }, [state, articleId, onDone]);
  if (text === null)
    return (
      <p role="status" aria-label="Comment action message" className="mt-2 text-sm">
        {loadError ?? 'Loading your comment…'}
      </p>
    );
  return (
    <form action={action} className="mt-2 space-y-2" aria-label="Edit your comment">
      <input type="hidden" name="commentId" value={commentId} />
      <label className="sr-only" htmlFor={`edit-${commentId}`}>
        Edit your comment
      </label>
      <textarea
        id={`edit-${commentId}`}
        name="body"
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        className="block w-full rounded border rule bg-paper px-3 py-2"
        maxLength={MAX_COMMENT * 2}
      />
      <div className="flex gap-2">
        <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
        <Button variant="quiet" onClick={onDone}>
          Cancel
        </Button>
      </div>
      <Message state={state} />
    </form>
  );
}

function DeleteForm({ commentId, articleId, onDone }: { commentId: number; articleId: number; onDone: () => void }) {
  const [state, action] = useActionState<FormState, FormData>(deleteCommentAction, { status: 'idle' });
  useEffect(() => {
    if (state.status === 'success') announceCommentsChanged(articleId);
  }, [state, articleId]);
  return (
    <form action={action} className="mt-2 flex flex-wrap items-center gap-2 text-sm" aria-label="Delete your comment">
      <input type="hidden" name="commentId" value={commentId} />
      <span>Delete this comment? This can’t be undone.</span>
      <SubmitButton pendingText="Deleting…">Yes, delete</SubmitButton>
      <Button variant="quiet" onClick={onDone}>
        Keep it
      </Button>
      <Message state={state} />
    </form>
  );
}

function ReportForm({ commentId, onDone }: { commentId: number; onDone: () => void }) {
  const [state, action] = useActionState<FormState, FormData>(reportCommentAction, { status: 'idle' });
  if (state.status === 'success') return <Message state={state} />;
  return (
    <form action={action} className="mt-2 flex flex-wrap items-center gap-2 text-sm" aria-label="Report this comment">
      <input type="hidden" name="commentId" value={commentId} />
      <label htmlFor={`report-${commentId}`}>Reason</label>
      <select id={`report-${commentId}`} name="reason" className="rounded border rule bg-paper px-2 py-1.5">
        <option>Abusive or harassing</option>
        <option>Spam or advertising</option>
        <option>Hate speech</option>
        <option>Off-topic</option>
        <option>Other</option>
      </select>
      <SubmitButton pendingText="Reporting…">Report</SubmitButton>
      <Button variant="quiet" onClick={onDone}>
        Cancel
      </Button>
      <Message state={state} />
    </form>
  );
}

/** Shows a new count under the comment at once (the live stream would, a moment later). */
function showCount(commentId: number, count: number) {
  const item = document.getElementById(`comment-${commentId}`);
  const label = item?.querySelector(':scope > article [data-recommend-count]');
  if (!item || !label) return;
  item.dataset.recommends = String(count);
  label.setAttribute('data-recommend-count', String(count));
  label.textContent = recommendText(count);
}

function RecommendButton({ commentId, articleId }: { commentId: number; articleId: number }) {
  const [loaded, setLoaded] = useState<boolean | null>(null);
  const [state, action, pending] = useActionState<RecommendState, FormData>(recommendCommentAction, { status: 'idle' });
  useEffect(() => {
    let live = true;
    void myRecommendations(articleId).then((set) => live && setLoaded(set.has(commentId)));
    return () => {
      live = false;
    };
  }, [articleId, commentId]);
  useEffect(() => {
    if (state.status !== 'success' || state.recommended === undefined || state.count === undefined) return;
    rememberRecommendation(articleId, commentId, state.recommended);
    showCount(commentId, state.count);
  }, [state, articleId, commentId]);
  // The last answer of the server wins over what was loaded before it.
  const mine = state.status === 'success' && state.recommended !== undefined ? state.recommended : loaded;
  if (mine === null) return null;
  const next = pending ? !mine : mine;
  return (
    <form action={action} className="inline">
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="recommend" value={mine ? '0' : '1'} />
      <button type="submit" className="recommend-button" aria-pressed={next} disabled={pending}>
        {next ? 'Recommended' : 'Recommend'}
      </button>
      {state.status === 'error' && (
        <span role="status" className="ml-2 text-xs text-accent">
          {state.message}
        </span>
      )}
    </form>
  );
}

function FeatureButton({ commentId }: { commentId: number }) {
  const [initially] = useState(() => Boolean(document.querySelector(`#comment-${commentId} > article .featured-mark`)));
  const [state, action, pending] = useActionState<FeatureState, FormData>(featureCommentAction, { status: 'idle' });
  const featured = state.status === 'success' && state.featured !== undefined ? state.featured : initially;
  return (
    <form action={action} className="inline">
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="featured" value={featured ? '0' : '1'} />
      <button type="submit" className={button} disabled={pending}>
        {featured ? 'Unfeature' : 'Feature'}
      </button>
      {state.status === 'error' && (
        <span role="status" className="ml-2 text-xs text-accent">
          {state.message}
        </span>
      )}
    </form>
  );
}

/** Recommend, reply, edit, delete and report for one comment (placed by LiveThread); what shows depends on who is looking. */
export function CommentControls({ commentId, authorId, authorName, createdAt, articleId, slug, repliesOpen }: Props) {
  const viewer = useViewer();
  const now = useNow();
  const [mode, setMode] = useState<Mode>('idle');
  if (viewer.status !== 'signed-in' || now === null) return null;
  const mine = Boolean(authorId && viewer.viewer.id === authorId);
  const editable = mine && now - Date.parse(createdAt) < EDIT_WINDOW_MS;
  const close = () => setMode('idle');
  return (
    <div className="mt-2">
      <div className="flex flex-wrap gap-4">
        {!mine && <RecommendButton commentId={commentId} articleId={articleId} />}
        {repliesOpen && (
          <button type="button" className={button} onClick={() => setMode(mode === 'reply' ? 'idle' : 'reply')} aria-expanded={mode === 'reply'}>
            Reply
          </button>
        )}
        {editable && (
          <button type="button" className={button} onClick={() => setMode('edit')}>
            Edit
          </button>
        )}
        {mine && (
          <button type="button" className={button} onClick={() => setMode('delete')}>
            Delete
          </button>
        )}
        {!mine && (
          <button type="button" className={button} onClick={() => setMode('report')}>
            Report
          </button>
        )}
        {canModerate(viewer.viewer.role) && <FeatureButton commentId={commentId} />}
      </div>
      {mode === 'reply' && (
        <div className="mt-3">
          <CommentComposer
            articleId={articleId}
            slug={slug}
            parentId={commentId}
            label={`Reply to ${authorName}`}
            autoFocus
            onCancel={close}
            onPosted={close}
          />
        </div>
      )}
      {mode === 'edit' && <EditForm commentId={commentId} articleId={articleId} onDone={close} />}
      {mode === 'delete' && <DeleteForm commentId={commentId} articleId={articleId} onDone={close} />}
      {mode === 'report' && <ReportForm commentId={commentId} onDone={close} />}
    </div>
  );
}
