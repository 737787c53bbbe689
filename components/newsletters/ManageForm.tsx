'use client';

import { useActionState } from 'react';
import { updateAccountNewslettersAction, updateByTokenAction, type ManageState } from '@/lib/actions/newsletters';
import type { ListInfo } from '@/lib/newsletters/lists';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { ListChoices } from './ListChoices';

type Props = { lists: ListInfo[]; checked: string[]; pending: string[] } & ({ mode: 'token'; token: string } | { mode: 'account' });

/** A reader's own lists, from an email's link (the token) or the account page. */
export function ManageForm(props: Props) {
  const [state, action] = useActionState<ManageState, FormData>(props.mode === 'token' ? updateByTokenAction : updateAccountNewslettersAction, {
    status: 'idle',
  });
  const checked = state.lists ?? props.checked;
  return (
    <form action={action} className="space-y-4" aria-label="Your newsletters">
      {props.mode === 'token' && <input type="hidden" name="token" value={props.token} />}
      <ListChoices key={checked.join(',')} lists={props.lists} checked={checked} pending={state.lists ? [] : props.pending} />
      <FormMessage id="manage-message" status={state.status} message={state.message} />
      <SubmitButton pendingText="Saving…">Save my newsletters</SubmitButton>
    </form>
  );
}
