'use client';

import { useActionState } from 'react';
import { subscribeAction, type SubscribeState } from '@/lib/actions/newsletters';
import type { ListInfo } from '@/lib/newsletters/lists';
import { Field, FormMessage, SubmitButton } from '@/components/ui/form';
import { ListChoices } from './ListChoices';

/** Sign-up by email address: works without JavaScript, keeps what was typed when something is wrong. */
export function SubscribeForm({ lists, initial, email }: { lists: ListInfo[]; initial: string[]; email: string }) {
  const [state, action] = useActionState<SubscribeState, FormData>(subscribeAction, { status: 'idle' });
  const checked = state.lists ?? initial;
  return (
    <form action={action} className="space-y-5" aria-label="Subscribe to newsletters">
      <ListChoices key={checked.join(',')} lists={lists} checked={checked} error={state.fieldErrors?.lists} />
      <Field
        label="Email address"
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={state.values?.email ?? email}
        key={`email-${state.values?.email ?? email}`}
        error={state.fieldErrors?.email}
        hint="We email you a link to confirm. Nothing is sent until you click it."
      />
      <FormMessage id="subscribe-message" status={state.status} message={state.message} />
      <SubmitButton pendingText="Subscribing…">Subscribe</SubmitButton>
    </form>
  );
}
