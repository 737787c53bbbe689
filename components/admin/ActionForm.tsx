'use client';

import { useActionState, useState } from 'react';
import type { FormState } from '@/lib/validation/form-state';
import { SubmitButton } from '@/components/ui/form';

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  /** Destructive actions ask once more before they run. */
  confirm?: string;
  tone?: 'default' | 'danger' | 'quiet';
  children?: React.ReactNode;
  ariaLabel?: string;
};

const tones = {
  default: '',
  danger: '!bg-accent',
  quiet: '!bg-transparent !text-ink border rule !px-2.5 !py-1 text-sm',
};

/** A one-button form for a newsroom action, with its own message and an optional confirmation step. */
export function ActionForm({ action, fields, label, pendingLabel, confirm, tone = 'default', children, ariaLabel }: Props) {
  const [state, formAction] = useActionState(action, { status: 'idle' } as FormState);
  const [armed, setArmed] = useState(false);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2" aria-label={ariaLabel ?? label}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {confirm && !armed ? (
        <button type="button" onClick={() => setArmed(true)} className={`rounded bg-ink px-3 py-1.5 text-sm font-medium text-paper ${tones[tone]}`}>
          {label}
        </button>
      ) : (
        <>
          {confirm && <span className="text-sm">{confirm}</span>}
          <SubmitButton pendingText={pendingLabel} className={`!px-3 !py-1.5 text-sm ${tones[tone]}`}>
            {confirm ? `Yes, ${label.toLowerCase()}` : label}
          </SubmitButton>
          {confirm && (
            <button type="button" onClick={() => setArmed(false)} className="rounded border rule px-3 py-1.5 text-sm">
              Cancel
            </button>
          )}
        </>
      )}
      <span role="status" aria-live="polite" aria-label="Action message" className={`text-sm ${state.status === 'error' ? 'text-accent' : ''}`}>
        {state.message}
      </span>
    </form>
  );
}
