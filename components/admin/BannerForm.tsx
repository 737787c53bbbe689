'use client';

import { useActionState } from 'react';
import { setBannerAction } from '@/lib/actions/breaking-news';
import type { BannerField } from '@/lib/validation/breaking-news';
import type { FormState } from '@/lib/validation/form-state';
import { BANNER_URGENCIES, type BannerUrgency } from '@/lib/domain';
import { URGENCY_LABELS } from '@/lib/content/live-html';
import { Field, FormMessage, SubmitButton } from '@/components/ui/form';

type Values = { text: string; link: string; urgency: BannerUrgency };

/** Text, link and urgency of the banner; what was typed stays in the form when it is refused. */
export function BannerForm({ current }: { current: Values | null }) {
  const [state, action] = useActionState<FormState<BannerField>, FormData>(setBannerAction, { status: 'idle' });
  const value = (field: BannerField) => state.values?.[field] ?? current?.[field] ?? '';
  return (
    <form action={action} className="mt-3 max-w-2xl space-y-4" aria-label="Breaking-news banner">
      <Field
        label="Banner text"
        name="text"
        hint="One line, up to 200 characters: what happened, as a headline."
        defaultValue={value('text')}
        key={`text-${state.values?.text ?? current?.text ?? ''}`}
        error={state.fieldErrors?.text}
        maxLength={400}
        required
      />
      <Field
        label="Link (optional)"
        name="link"
        hint="The story or live blog to read: /articles/… or a full https:// address."
        defaultValue={value('link')}
        key={`link-${state.values?.link ?? current?.link ?? ''}`}
        error={state.fieldErrors?.link}
      />
      <fieldset>
        <legend className="text-sm font-semibold">Urgency</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {BANNER_URGENCIES.map((u) => (
            <label key={u} className="flex items-center gap-2 text-sm">
              <input type="radio" name="urgency" value={u} defaultChecked={(value('urgency') || 'breaking') === u} />
              {URGENCY_LABELS[u]}
            </label>
          ))}
        </div>
        {state.fieldErrors?.urgency && <p className="mt-1 text-sm text-accent">{state.fieldErrors.urgency}</p>}
      </fieldset>
      <FormMessage id="banner-message" status={state.status} message={state.message} />
      <SubmitButton pendingText="Putting it up…">{current ? 'Replace the banner' : 'Put up the banner'}</SubmitButton>
    </form>
  );
}
