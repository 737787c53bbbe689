'use server';

import { headers } from 'next/headers';
import { after } from 'next/server';
import { redirect } from 'next/navigation';
import { clientAddress } from '@/lib/auth/client-address';
import { currentUser } from '@/lib/dal/session';
import {
  confirmSubscription,
  requestSubscription,
  unsubscribeByToken,
  updateSubscriptionsByToken,
  updateSubscriptionsForUser,
} from '@/lib/dal/newsletter-subscribers';
import { takeSignupRequest } from '@/lib/dal/newsletter-throttle';
import { subscribeSchema, type SubscribeField } from '@/lib/validation/newsletters';
import { fieldErrorsOf, type FormState } from '@/lib/validation/form-state';

const TRY_LATER = 'Something went wrong on our side. Nothing was changed; please try again in a minute.';
const chosenLists = (form: FormData) => form.getAll('lists').map(String).slice(0, 50);

function retryText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return `Too many sign-ups from your network just now. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

export type SubscribeState = FormState<SubscribeField> & { lists?: string[] };

/**
 * Sign-up by email alone (or signed in, with the account's address pre-filled). Nothing starts until the
 * reader uses the emailed link; the answer is the same whether or not the address was known.
 */
export async function subscribeAction(_prev: SubscribeState, form: FormData): Promise<SubscribeState> {
  const typed = String(form.get('email') ?? '').slice(0, 320);
  const lists = chosenLists(form);
  const parsed = subscribeSchema.safeParse({ email: form.get('email'), lists });
  if (!parsed.success)
    return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error.issues), values: { email: typed }, lists };
  try {
    const wait = await takeSignupRequest(clientAddress(await headers()));
    if (wait !== null) return { status: 'error', message: retryText(wait), values: { email: typed }, lists };
    const result = await requestSubscription({ email: parsed.data.email, lists: parsed.data.lists });
    if (!result.ok && result.code === 'invalid')
      return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: { lists: result.message }, values: { email: typed }, lists };
    if (!result.ok) return { status: 'error', message: result.message, values: { email: typed }, lists };
    // The email goes out after the answer, so the answer takes as long whether or not one is sent.
    const send = result.value.send;
    if (send) after(send);
  } catch (error) {
    console.error('[newsletters] sign-up failed:', error instanceof Error ? error.message : error);
    return { status: 'error', message: TRY_LATER, values: { email: typed }, lists };
  }
  return {
    status: 'success',
    message: `Almost done: we have emailed ${parsed.data.email}. Click the link in that email to start your newsletters. Nothing arrives? Check your spam folder, or try again in a few minutes.`,
    values: { email: parsed.data.email },
    lists,
  };
}

/** The confirmation page's button (a button, not the link itself, so that mail scanners opening links confirm nothing). */
export async function confirmAction(form: FormData): Promise<void> {
  const token = String(form.get('token') ?? '');
  const user = await currentUser();
  const result = await confirmSubscription(token, user ? { id: user.id, email: user.email } : null);
  if (!result.ok) redirect(`/newsletters/confirm?token=${encodeURIComponent(token.slice(0, 64))}&failed=1`);
  redirect(`/newsletters/manage?token=${result.value.token}&confirmed=1`);
}

export type ManageState = FormState & { lists?: string[] };

/** From an email's manage link: the ticked lists are the reader's lists from now on. */
export async function updateByTokenAction(_prev: ManageState, form: FormData): Promise<ManageState> {
  const lists = chosenLists(form);
  try {
    const result = await updateSubscriptionsByToken(String(form.get('token') ?? ''), lists);
    if (!result.ok) return { status: 'error', message: result.message, lists };
    const active = result.value.lists.map((l) => l.key);
    return {
      status: 'success',
      message: active.length === 0 ? 'You are unsubscribed from every newsletter. We won’t email you again.' : 'Saved. Your newsletters are as ticked.',
      lists: active,
    };
  } catch (error) {
    console.error('[newsletters] update failed:', error instanceof Error ? error.message : error);
    return { status: 'error', message: TRY_LATER, lists };
  }
}

/** The page behind an email's "Unsubscribe" link: one list, or all of them. */
export async function unsubscribeAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    const result = await unsubscribeByToken(String(form.get('token') ?? ''), String(form.get('list') ?? ''));
    if (!result.ok) return { status: 'error', message: result.message };
    return {
      status: 'success',
      message:
        result.value.left === 'all'
          ? `${result.value.email} is unsubscribed from every newsletter.`
          : `${result.value.email} is unsubscribed. You won’t get this newsletter again.`,
    };
  } catch (error) {
    console.error('[newsletters] unsubscribe failed:', error instanceof Error ? error.message : error);
    return { status: 'error', message: TRY_LATER };
  }
}

/** The account page's newsletter choices, for the account's own address. */
export async function updateAccountNewslettersAction(_prev: ManageState, form: FormData): Promise<ManageState> {
  const user = await currentUser();
  const lists = chosenLists(form);
  if (!user) return { status: 'error', message: 'Your session has ended. Please sign in again.', lists };
  try {
    const result = await updateSubscriptionsForUser(user, lists);
    if (!result.ok) return { status: 'error', message: result.message, lists };
    const send = result.value.send;
    if (send) after(send);
    const chosen = result.value.view.lists.map((l) => l.key);
    if (!result.value.view.proven)
      return chosen.length === 0
        ? { status: 'error', message: 'Tick the newsletters you want.', lists: chosen }
        : {
            status: 'success',
            message: `Almost done: we have emailed ${user.email}. Click the link in that email while signed in here: those newsletters start, and from then on you can change them on this page.`,
            lists: chosen,
          };
    return { status: 'success', message: chosen.length === 0 ? 'Saved. You receive no newsletters.' : 'Saved. Your newsletters are as ticked.', lists: chosen };
  } catch (error) {
    console.error('[newsletters] account update failed:', error instanceof Error ? error.message : error);
    return { status: 'error', message: TRY_LATER, lists };
  }
}
