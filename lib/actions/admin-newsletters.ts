'use server';

import { randomUUID } from 'node:crypto';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { previewBreakingEmail, previewBriefing, sendBreakingEmail, sendBreakingTest, updateNewsletterSettings } from '@/lib/dal/admin/newsletters';
import { breakingEmailSchema, newsletterSettingsSchema, type BreakingEmailField, type NewsletterSettingsField } from '@/lib/validation/newsletters';
import { fieldErrorsOf, type FormState } from '@/lib/validation/form-state';

const NOT_ALLOWED = 'Only editors and admins can run the newsletters.';
const TRY_LATER = 'Something went wrong on our side; nothing was sent or saved. Your text is still here: try again in a minute.';

const logFailure = (what: string, error: unknown) => console.error(`[newsletters] ${what} failed:`, error instanceof Error ? error.message : error);

export async function saveNewsletterSettingsAction(_prev: FormState<NewsletterSettingsField>, form: FormData): Promise<FormState<NewsletterSettingsField>> {
  const values = { briefingTime: String(form.get('briefingTime') ?? '').slice(0, 20), picks: String(form.get('picks') ?? '').slice(0, 4_000) };
  const parsed = newsletterSettingsSchema.safeParse({ ...values, briefingEnabled: form.get('briefingEnabled') === 'on' });
  if (!parsed.success) return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  try {
    const result = await updateNewsletterSettings(await newsroomActor(), parsed.data);
    if (!result.ok && result.code === 'invalid')
      return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: { picks: result.message }, values };
    if (!result.ok) return { status: 'error', message: result.code === 'forbidden' ? NOT_ALLOWED : result.message, values };
  } catch (error) {
    logFailure('saving the briefing settings', error);
    return { status: 'error', message: TRY_LATER, values };
  }
  return {
    status: 'success',
    message: parsed.data.briefingEnabled
      ? `Saved. The briefing goes out daily at ${parsed.data.briefingTime}.`
      : 'Saved. The daily briefing and section emails are paused.',
    values,
  };
}

export type BreakingEmailState = FormState<BreakingEmailField> & {
  preview?: { subject: string; html: string; text: string };
  step?: 'preview' | 'test' | 'sent';
  /** The id the form's next send carries (a new one once an email has gone). */
  requestKey?: string;
};

function readBreaking(form: FormData) {
  const values = {
    headline: String(form.get('headline') ?? '').slice(0, 1_000),
    message: String(form.get('message') ?? '').slice(0, 10_000),
    story: String(form.get('story') ?? '').slice(0, 1_000),
  };
  return { values, parsed: breakingEmailSchema.safeParse(values) };
}

/** One form, three buttons: preview, send a test to myself, send to subscribers. */
export async function breakingEmailAction(_prev: BreakingEmailState, form: FormData): Promise<BreakingEmailState> {
  const intent = String(form.get('intent') ?? 'preview');
  const requestKey = String(form.get('requestKey') ?? '').slice(0, 100);
  const { values, parsed } = readBreaking(form);
  if (!parsed.success) return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  try {
    const actor = await newsroomActor();
    const preview = await previewBreakingEmail(actor, parsed.data);
    if (!preview.ok) {
      if (preview.code === 'invalid') return { status: 'error', message: 'Check the highlighted fields.', fieldErrors: { story: preview.message }, values };
      return { status: 'error', message: preview.code === 'forbidden' ? NOT_ALLOWED : preview.message, values };
    }
    if (intent === 'test') {
      const sent = await sendBreakingTest(actor, parsed.data);
      if (!sent.ok) return { status: 'error', message: sent.message, values, preview: preview.value, step: 'preview' };
      return {
        status: 'success',
        message: `Test sent to ${sent.value.to}. Check it, then send it to subscribers.`,
        values,
        preview: preview.value,
        step: 'test',
      };
    }
    if (intent === 'send') {
      if (!/^[0-9a-f-]{36}$/.test(requestKey))
        return { status: 'error', message: 'Reload the page and send again.', values, preview: preview.value, step: 'preview' };
      const sent = await sendBreakingEmail(actor, parsed.data, requestKey);
      if (!sent.ok) return { status: 'error', message: sent.message, values, preview: preview.value, step: 'preview' };
      return {
        status: 'success',
        message: `Sending to ${sent.value.recipients} subscriber${sent.value.recipients === 1 ? '' : 's'}. Progress is under “Sent emails”.`,
        values: { headline: '', message: '', story: '' },
        step: 'sent',
        requestKey: randomUUID(),
      };
    }
    return { status: 'success', message: 'Here is the email as subscribers will see it.', values, preview: preview.value, step: 'preview' };
  } catch (error) {
    logFailure('the breaking-news email', error);
    return { status: 'error', message: TRY_LATER, values };
  }
}

export type BriefingPreviewState = FormState & { preview?: { subject: string; html: string; text: string } };

/** Today's briefing as it would go out now (picks saved, reading so far). */
export async function previewBriefingAction(_prev: BriefingPreviewState, _form: FormData): Promise<BriefingPreviewState> {
  try {
    const preview = await previewBriefing(await newsroomActor());
    if (!preview.ok) return { status: 'error', message: preview.code === 'forbidden' ? NOT_ALLOWED : preview.message };
    return { status: 'success', message: 'Today’s briefing as it would go out now.', preview: preview.value };
  } catch (error) {
    logFailure('the briefing preview', error);
    return { status: 'error', message: 'The preview could not be put together just now. Try again in a minute.' };
  }
}
