'use client';

import { useActionState } from 'react';
import { saveSettingsAction } from '@/lib/actions/admin-moderation';
import type { ModerationSettings } from '@/lib/dal/moderation-settings';
import type { FormState } from '@/lib/validation/form-state';
import { SubmitButton, FormMessage } from '@/components/ui/form';

const input = 'rule mt-1 block w-full rounded border bg-paper px-3 py-2 font-normal';

export function SettingsForm({ settings }: { settings: ModerationSettings }) {
  const [state, action] = useActionState<FormState<string>, FormData>(saveSettingsAction, { status: 'idle' });
  const v = (key: keyof ModerationSettings, fallback: string) => state.values?.[key] ?? fallback;
  const err = (key: string) => state.fieldErrors?.[key] && <span className="block text-sm font-normal text-accent">{state.fieldErrors[key]}</span>;
  return (
    <form action={action} className="max-w-2xl space-y-5" aria-label="Moderation settings">
      <label className="block text-sm font-semibold">
        Pre-moderation
        <select name="premoderation" defaultValue={v('premoderation', settings.premoderation)} className={input}>
          <option value="off">Off: comments appear at once (the other rules still apply)</option>
          <option value="first">First comments of new readers wait for a moderator</option>
          <option value="all">Every comment waits for a moderator</option>
        </select>
      </label>
      <div className="grid gap-4 sm:grid-cols-3">
        <label className="block text-sm font-semibold">
          Flood window (seconds)
          <input name="floodSeconds" type="number" min={0} max={3600} defaultValue={v('floodSeconds', String(settings.floodSeconds))} className={input} />
          {err('floodSeconds')}
        </label>
        <label className="block text-sm font-semibold">
          Links allowed for new readers
          <input
            name="newUserLinkLimit"
            type="number"
            min={0}
            max={50}
            defaultValue={v('newUserLinkLimit', String(settings.newUserLinkLimit))}
            className={input}
          />
          {err('newUserLinkLimit')}
        </label>
        <label className="block text-sm font-semibold">
          Approved comments before a reader is trusted
          <input name="trustedAfter" type="number" min={0} max={1000} defaultValue={v('trustedAfter', String(settings.trustedAfter))} className={input} />
          {err('trustedAfter')}
        </label>
      </div>
      <label className="block text-sm font-semibold">
        Close comments after (days)
        <input
          name="closeAfterDays"
          type="number"
          min={1}
          max={3650}
          defaultValue={v('closeAfterDays', settings.closeAfterDays?.toString() ?? '')}
          className={input}
          placeholder="Never"
        />
        {err('closeAfterDays')}
      </label>
      <label className="block text-sm font-semibold">
        Banned words (rejected; one per line)
        <textarea name="bannedWords" rows={4} defaultValue={v('bannedWords', settings.bannedWords.join('\n'))} className={input} />
      </label>
      <label className="block text-sm font-semibold">
        Words that hold a comment for review (one per line)
        <textarea name="heldWords" rows={4} defaultValue={v('heldWords', settings.heldWords.join('\n'))} className={input} />
      </label>
      <FormMessage id="settings-message" status={state.status} message={state.message} />
      <SubmitButton pendingText="Saving…">Save settings</SubmitButton>
    </form>
  );
}
