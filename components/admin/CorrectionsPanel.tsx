'use client';

import { useActionState, useState } from 'react';
import { formatAbsolute } from '@/lib/time/format';
import { addCorrectionAction } from '@/lib/actions/admin-articles';
import type { CorrectionRow } from '@/lib/dal/admin/article-corrections';
import type { FormState } from '@/lib/validation/form-state';
import { FormMessage, SubmitButton } from '@/components/ui/form';

const MAX = 2000;

/**
 * A published story's corrections: those already appended, and a form for an editor to add one. A
 * correction is published at once, dated, at the end of the story; it cannot be taken back.
 */
export function CorrectionsPanel({
  articleId,
  corrections,
  canCorrect,
  timeZone,
}: {
  articleId: number;
  corrections: CorrectionRow[];
  canCorrect: boolean;
  /** The newsroom's, in which times are shown. */
  timeZone: string;
}) {
  const [state, action] = useActionState<FormState<'text'>, FormData>(addCorrectionAction, { status: 'idle' });
  const [seen, setSeen] = useState(state);
  const [text, setText] = useState('');
  if (state !== seen) {
    setSeen(state);
    setText(state.status === 'success' ? '' : (state.values?.text ?? text));
  }
  if (!canCorrect && corrections.length === 0) return null;
  return (
    <section aria-labelledby="corrections-panel" className="mb-5 rounded border rule p-4">
      <h2 id="corrections-panel" className="headline text-xl font-bold">
        Corrections
      </h2>
      {corrections.length > 0 ? (
        <ol className="mt-2 space-y-2 text-sm">
          {corrections.map((c) => (
            <li key={c.id}>
              <span className="font-semibold">{formatAbsolute(c.createdAt, 'datetime', timeZone, { zone: true })}</span>
              {c.editorName && (
                <>
                  {' '}
                  by <bdi>{c.editorName}</bdi>
                </>
              )}
              : {c.text}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-1 text-sm text-muted">None. A correction tells readers, dated and at the end of the story, what was wrong and what is right.</p>
      )}
      {canCorrect && (
        <form action={action} aria-label="Add a correction" className="mt-3 space-y-2">
          <input type="hidden" name="articleId" value={articleId} />
          <label htmlFor="correction-text" className="block text-sm font-semibold">
            New correction
          </label>
          <textarea
            id="correction-text"
            name="text"
            rows={3}
            required
            maxLength={MAX * 2}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={state.fieldErrors?.text ? true : undefined}
            aria-describedby="correction-hint correction-message"
            placeholder="An earlier version of this article said … In fact …"
            className="block w-full rounded border rule bg-paper px-3 py-2 text-base"
          />
          <p id="correction-hint" className="text-xs text-muted">
            Published at once and shown to readers as written; it counts as an update of the story. {Array.from(text).length} / {MAX}
          </p>
          {state.fieldErrors?.text && <p className="text-sm text-accent">{state.fieldErrors.text}</p>}
          <FormMessage id="correction-message" status={state.status} message={state.message} />
          <SubmitButton pendingText="Publishing…">Publish correction</SubmitButton>
        </form>
      )}
    </section>
  );
}
