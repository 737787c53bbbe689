'use client';

import { useActionState, useState } from 'react';
import { formatAbsolute } from '@/lib/time/format';
import { addLiveEntryAction, deleteLiveEntryAction, endLiveBlogAction, pinLiveEntryAction, updateLiveEntryAction } from '@/lib/actions/live-blog';
import type { NewsroomLiveEntry } from '@/lib/dal/admin/live-blog';
import type { FormState } from '@/lib/validation/form-state';
import type { LiveEntryField } from '@/lib/validation/live-blog';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Button } from '@/components/ui/button';
import { ActionForm } from './ActionForm';

const input = 'mt-1 block w-full rounded border rule bg-paper px-3 py-2 text-base font-normal';

type Draft = { title: string; body: string; pinned: boolean };

/** Headline, Markdown text and "key event" of one entry; keeps what was typed when the save is refused. */
function EntryForm({
  action,
  hidden,
  start,
  submitLabel,
  pendingLabel,
  formLabel,
  idPrefix,
  onSaved,
  onCancel,
}: {
  action: (prev: FormState<LiveEntryField>, form: FormData) => Promise<FormState<LiveEntryField>>;
  hidden: Record<string, string>;
  start: Draft;
  submitLabel: string;
  pendingLabel: string;
  formLabel: string;
  idPrefix: string;
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const [state, formAction] = useActionState<FormState<LiveEntryField>, FormData>(action, { status: 'idle' });
  const [seen, setSeen] = useState(state);
  const [draft, setDraft] = useState(start);
  if (state !== seen) {
    setSeen(state);
    if (state.status === 'success') {
      setDraft(start.body ? draft : { title: '', body: '', pinned: false });
      onSaved?.();
    } else if (state.values)
      setDraft({
        title: state.values.title ?? draft.title,
        body: state.values.body ?? draft.body,
        pinned: (state.values as Record<string, string>).pinned === 'on',
      });
  }
  return (
    <form action={formAction} aria-label={formLabel} className="space-y-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="block text-sm font-semibold" htmlFor={`${idPrefix}-title`}>
        Headline (optional)
      </label>
      <input
        id={`${idPrefix}-title`}
        name="title"
        value={draft.title}
        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        maxLength={400}
        aria-invalid={state.fieldErrors?.title ? true : undefined}
        className={input}
      />
      {state.fieldErrors?.title && <p className="text-sm text-accent">{state.fieldErrors.title}</p>}
      <label className="block text-sm font-semibold" htmlFor={`${idPrefix}-body`}>
        Entry (Markdown)
      </label>
      <textarea
        id={`${idPrefix}-body`}
        name="body"
        rows={5}
        required
        value={draft.body}
        onChange={(e) => setDraft({ ...draft, body: e.target.value })}
        aria-invalid={state.fieldErrors?.body ? true : undefined}
        className={input}
      />
      {state.fieldErrors?.body && <p className="text-sm text-accent">{state.fieldErrors.body}</p>}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="pinned" checked={draft.pinned} onChange={(e) => setDraft({ ...draft, pinned: e.target.checked })} />
        Key event (listed in the summary at the top)
      </label>
      <FormMessage id={`${idPrefix}-message`} status={state.status} message={state.message} />
      <div className="flex gap-2">
        <SubmitButton pendingText={pendingLabel}>{submitLabel}</SubmitButton>
        {onCancel && (
          <Button variant="quiet" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

function EntryItem({ entry, timeZone }: { entry: NewsroomLiveEntry; timeZone: string }) {
  const [editing, setEditing] = useState(false);
  return (
    <li className="border-t rule py-4">
      <p className="text-sm">
        <span className="font-semibold">{formatAbsolute(entry.createdAt, 'datetime', timeZone)}</span>
        {entry.authorName && <> · {entry.authorName}</>}
        {entry.pinned && <span className="key-event ml-2">Key event</span>}
      </p>
      {editing ? (
        <div className="mt-2">
          <EntryForm
            action={updateLiveEntryAction}
            hidden={{ entryId: String(entry.id) }}
            start={{ title: entry.title, body: entry.body, pinned: entry.pinned }}
            submitLabel="Save entry"
            pendingLabel="Saving…"
            formLabel="Edit entry"
            idPrefix={`entry-${entry.id}`}
            onSaved={() => setEditing(false)}
            onCancel={() => setEditing(false)}
          />
        </div>
      ) : (
        <>
          {entry.title && <p className="mt-1 font-semibold">{entry.title}</p>}
          <p className="mt-1 text-sm whitespace-pre-line">{entry.body}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="quiet" size="sm" onClick={() => setEditing(true)}>
              Edit
            </Button>
            <ActionForm
              action={pinLiveEntryAction}
              fields={{ entryId: String(entry.id), pinned: entry.pinned ? '0' : '1' }}
              label={entry.pinned ? 'Unmark key event' : 'Mark as key event'}
              pendingLabel="Saving…"
              tone="quiet"
            />
            <ActionForm
              action={deleteLiveEntryAction}
              fields={{ entryId: String(entry.id) }}
              label="Delete"
              pendingLabel="Deleting…"
              confirm="Delete this entry from the live blog?"
              tone="danger"
            />
          </div>
        </>
      )}
    </li>
  );
}

/**
 * The desk's side of a live blog (a story labelled Live): write entries, newest first, edit, pin key
 * events, delete, and end the blog. Entries reach open reader pages within seconds once it is published.
 */
export function LiveBlogPanel({
  articleId,
  entries,
  ended,
  published,
  canEnd,
  timeZone,
}: {
  articleId: number;
  entries: NewsroomLiveEntry[];
  ended: boolean;
  published: boolean;
  canEnd: boolean;
  timeZone: string;
}) {
  return (
    <section aria-labelledby="live-blog-panel" className="mb-5 rounded border rule p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="live-blog-panel" className="headline text-xl font-bold">
          Live blog {ended ? <span className="text-base font-normal text-muted">· ended</span> : <span className="live-label text-base">· running</span>}
        </h2>
        {canEnd && (
          <ActionForm
            action={endLiveBlogAction}
            fields={{ articleId: String(articleId), ended: ended ? '0' : '1' }}
            label={ended ? 'Reopen the live blog' : 'End the live blog'}
            pendingLabel="Saving…"
            confirm={ended ? undefined : 'Readers will see “This live blog has ended”.'}
            tone={ended ? 'default' : 'danger'}
          />
        )}
      </div>
      {!published && <p className="mt-1 text-sm text-muted">Entries are kept and appear to readers once the story is published.</p>}
      {ended ? (
        <p className="mt-3 text-sm text-muted">This live blog has ended. Reopen it to add entries.</p>
      ) : (
        <div className="mt-3">
          <EntryForm
            action={addLiveEntryAction}
            hidden={{ articleId: String(articleId) }}
            start={{ title: '', body: '', pinned: false }}
            submitLabel="Post entry"
            pendingLabel="Posting…"
            formLabel="New live entry"
            idPrefix="new-entry"
          />
        </div>
      )}
      {entries.length > 0 ? (
        <ol className="mt-4" aria-label="Entries, newest first">
          {entries.map((entry) => (
            <EntryItem key={`${entry.id}-${entry.updatedAt}-${entry.pinned}`} entry={entry} timeZone={timeZone} />
          ))}
        </ol>
      ) : (
        <p className="mt-4 text-sm text-muted">No entries yet.</p>
      )}
    </section>
  );
}
