'use client';

import { useActionState, useState } from 'react';
import type { FormState } from '@/lib/validation/form-state';
import { SubmitButton } from '@/components/ui/form';
import { Button } from '@/components/ui/button';

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

const variants = { default: 'primary', danger: 'danger', quiet: 'quiet' } as const;

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
        <Button variant={variants[tone]} size="sm" onClick={() => setArmed(true)}>
          {label}
        </Button>
      ) : (
        <>
          {confirm && <span className="text-sm">{confirm}</span>}
          <SubmitButton pendingText={pendingLabel} variant={variants[tone]} size="sm">
            {confirm ? `Yes, ${label.toLowerCase()}` : label}
          </SubmitButton>
          {confirm && (
            <Button variant="quiet" size="sm" onClick={() => setArmed(false)}>
              Cancel
            </Button>
          )}
        </>
      )}
      <span role="status" aria-live="polite" aria-label="Action message" className={`text-sm ${state.status === 'error' ? 'text-accent' : ''}`}>
        {state.message}
      </span>
    </form>
  );
}
