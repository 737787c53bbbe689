'use client';

import { useActionState } from 'react';
import { saveNewsletterSettingsAction } from '@/lib/actions/admin-newsletters';
import type { FormState } from '@/lib/validation/form-state';
import type { NewsletterSettingsField } from '@/lib/validation/newsletters';
import { Field, FormMessage, SubmitButton } from '@/components/ui/form';

type Props = { enabled: boolean; time: string; picks: string[]; timeZone: string };

/** When the briefing goes out and which stories lead it. */
export function NewsletterSettingsForm({ enabled, time, picks, timeZone }: Props) {
  const [state, action] = useActionState<FormState<NewsletterSettingsField>, FormData>(saveNewsletterSettingsAction, { status: 'idle' });
  const picksText = state.values?.picks ?? picks.map((slug) => `/articles/${slug}`).join('\n');
  return (
    <form action={action} className="mt-3 max-w-2xl space-y-4" aria-label="Briefing settings">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="briefingEnabled" defaultChecked={enabled} /> Send the daily briefing and the section emails
      </label>
      <Field
        label={`Time of day (${timeZone})`}
        name="briefingTime"
        type="time"
        defaultValue={state.values?.briefingTime ?? time}
        key={`time-${state.values?.briefingTime ?? time}`}
        error={state.fieldErrors?.briefingTime}
        required
      />
      <div>
        <label htmlFor="field-picks" className="block text-sm font-semibold">
          Editors’ picks
        </label>
        <p id="field-picks-hint" className="mt-0.5 text-xs text-muted">
          Up to five story addresses, one per line, to lead the briefing in this order. Empty: the day’s featured stories lead. The rest is what readers read
          most.
        </p>
        <textarea
          id="field-picks"
          name="picks"
          rows={4}
          defaultValue={picksText}
          key={`picks-${picksText}`}
          aria-describedby={state.fieldErrors?.picks ? 'field-picks-hint field-picks-error' : 'field-picks-hint'}
          aria-invalid={state.fieldErrors?.picks ? true : undefined}
          className="mt-1 block w-full rounded border rule bg-paper px-3 py-2 font-mono text-sm aria-invalid:border-accent"
        />
        {state.fieldErrors?.picks && (
          <p id="field-picks-error" className="mt-1 text-sm text-accent">
            {state.fieldErrors.picks}
          </p>
        )}
      </div>
      <FormMessage id="newsletter-settings-message" status={state.status} message={state.message} />
      <SubmitButton pendingText="Saving…">Save briefing settings</SubmitButton>
    </form>
  );
}
