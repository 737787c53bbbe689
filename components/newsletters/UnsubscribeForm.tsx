'use client';

import { useActionState } from 'react';
import { unsubscribeAction } from '@/lib/actions/newsletters';
import type { FormState } from '@/lib/validation/form-state';
import { FormMessage, SubmitButton } from '@/components/ui/form';

/** One button that leaves one newsletter, or all of them. */
export function UnsubscribeForm({ token, list, label }: { token: string; list: string; label: string }) {
  const [state, action] = useActionState<FormState, FormData>(unsubscribeAction, { status: 'idle' });
  return (
    <form action={action} className="space-y-3" aria-label={label}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="list" value={list} />
      <FormMessage id={`unsubscribe-${list}`} status={state.status} message={state.message} />
      {state.status !== 'success' && (
        <SubmitButton pendingText="Unsubscribing…" variant={list === 'all' ? 'quiet' : 'primary'}>
          {label}
        </SubmitButton>
      )}
    </form>
  );
}
