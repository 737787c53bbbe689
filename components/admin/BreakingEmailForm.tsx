'use client';

import { useActionState, useState } from 'react';
import { breakingEmailAction, type BreakingEmailState } from '@/lib/actions/admin-newsletters';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/form';
import { EmailPreview } from './EmailPreview';

/**
 * Write, preview, test, send: the preview shows the email as subscribers get it, the test goes to the
 * editor's own address, and sending asks once more with the number of subscribers.
 */
export function BreakingEmailForm({ subscribers, requestKey }: { subscribers: number; requestKey: string }) {
  const [state, action] = useActionState<BreakingEmailState, FormData>(breakingEmailAction, { status: 'idle' });
  const [armed, setArmed] = useState(false);
  const value = (field: 'headline' | 'message' | 'story') => state.values?.[field] ?? '';
  const previewed = state.preview !== undefined;
  return (
    <div className="mt-3 grid gap-6 lg:grid-cols-2">
      <form action={action} className="space-y-4" aria-label="Breaking-news email" onSubmit={() => setArmed(false)}>
        {/* The same send twice (a double click, a second tab) goes out once. */}
        <input type="hidden" name="requestKey" value={state.requestKey ?? requestKey} />
        <Field
          label="Headline"
          name="headline"
          hint="The subject line. Up to 150 characters."
          defaultValue={value('headline')}
          key={`h-${state.step}-${value('headline')}`}
          error={state.fieldErrors?.headline}
          maxLength={300}
          required
        />
        <div>
          <label htmlFor="field-message" className="block text-sm font-semibold">
            What happened
          </label>
          <textarea
            id="field-message"
            name="message"
            rows={6}
            required
            defaultValue={value('message')}
            key={`m-${state.step}-${value('message')}`}
            aria-invalid={state.fieldErrors?.message ? true : undefined}
            aria-describedby={state.fieldErrors?.message ? 'field-message-error' : undefined}
            className="mt-1 block w-full rounded border rule bg-paper px-3 py-2 aria-invalid:border-accent"
          />
          {state.fieldErrors?.message && (
            <p id="field-message-error" className="mt-1 text-sm text-accent">
              {state.fieldErrors.message}
            </p>
          )}
        </div>
        <Field
          label="Story (optional)"
          name="story"
          hint="The published story to read more: /articles/…"
          defaultValue={value('story')}
          key={`s-${state.step}-${value('story')}`}
          error={state.fieldErrors?.story}
        />
        <FormMessage id="breaking-email-message" status={state.status} message={state.message} />
        <div className="flex flex-wrap items-center gap-2">
          <SubmitButton pendingText="Working…" variant="quiet">
            <span>Preview</span>
          </SubmitButton>
          <button type="submit" name="intent" value="test" className="rounded border rule px-3 py-2 text-sm font-medium hover:bg-rule">
            Send a test to me
          </button>
          {previewed &&
            (armed ? (
              <>
                <span className="text-sm">
                  Send to {subscribers} subscriber{subscribers === 1 ? '' : 's'}?
                </span>
                <button type="submit" name="intent" value="send" className="rounded bg-accent px-3 py-2 text-sm font-semibold text-paper">
                  Yes, send it now
                </button>
                <Button variant="quiet" size="sm" onClick={() => setArmed(false)}>
                  Cancel
                </Button>
              </>
            ) : (
              <Button variant="danger" size="sm" onClick={() => setArmed(true)}>
                Send to subscribers…
              </Button>
            ))}
        </div>
      </form>
      {state.preview && <EmailPreview subject={state.preview.subject} html={state.preview.html} text={state.preview.text} />}
    </div>
  );
}
