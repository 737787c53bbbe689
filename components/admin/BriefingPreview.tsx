'use client';

import { useActionState } from 'react';
import { previewBriefingAction, type BriefingPreviewState } from '@/lib/actions/admin-newsletters';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { EmailPreview } from './EmailPreview';

/** Shows the day's briefing as it would go out now, after the picks are saved. */
export function BriefingPreview() {
  const [state, action] = useActionState<BriefingPreviewState, FormData>(previewBriefingAction, { status: 'idle' });
  return (
    <div className="mt-6 space-y-3">
      <form action={action} aria-label="Preview the briefing" className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText="Putting it together…" variant="quiet">
          Preview today’s briefing
        </SubmitButton>
        <FormMessage id="briefing-preview-message" status={state.status} message={state.message} />
      </form>
      {state.preview && <EmailPreview subject={state.preview.subject} html={state.preview.html} text={state.preview.text} />}
    </div>
  );
}
