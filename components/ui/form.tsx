'use client';

import { useFormStatus } from 'react-dom';
import { buttonClass, type ButtonSize, type ButtonVariant } from '@/components/ui/button';

export function Field({
  label,
  name,
  error,
  hint,
  ...input
}: { label: string; name: string; error?: string; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  const id = `field-${name}`;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className="mt-1 block w-full rounded border rule bg-paper px-3 py-2 text-base aria-invalid:border-accent"
        {...input}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-accent">
          {error}
        </p>
      )}
    </div>
  );
}

export function SubmitButton({
  children,
  pendingText,
  className = '',
  variant,
  size,
}: {
  children: React.ReactNode;
  pendingText: string;
  className?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass({ variant, size, className })}>
      {pending ? pendingText : children}
    </button>
  );
}

/** The form's message, announced politely; named so tests (and screen readers) can tell it apart. */
export function FormMessage({ status, message, id }: { status: string; message?: string; id: string }) {
  return (
    <div id={id} role="status" aria-live="polite" aria-label="Form message" className="min-h-[1.25rem] text-sm">
      {message && <p className={status === 'error' ? 'text-accent' : 'text-ink'}>{message}</p>}
    </div>
  );
}
