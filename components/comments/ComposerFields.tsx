import type { ComponentPropsWithRef, ReactNode } from 'react';
import { ReaderLink } from '@/components/ui/ReaderLink';

/**
 * The comment form's fields, drawn the same by the page's first render (CommentForm) and by the live
 * composer that takes its place (CommentComposer), so the switch moves nothing.
 */
export function ComposerFields({
  fieldId,
  label,
  rows,
  textarea,
  count,
  countAlert = false,
  actions,
  message,
}: {
  fieldId: string;
  label: string;
  rows: number;
  textarea: ComponentPropsWithRef<'textarea'>;
  count: string;
  countAlert?: boolean;
  actions: ReactNode;
  message: ReactNode;
}) {
  return (
    <>
      <label htmlFor={fieldId} className="block text-sm font-semibold">
        {label}
      </label>
      <textarea
        id={fieldId}
        name="body"
        rows={rows}
        required
        aria-describedby={`${fieldId}-count ${fieldId}-message`}
        className="block w-full rounded border rule bg-paper px-3 py-2 text-base leading-relaxed"
        placeholder="Share your perspective. Be civil; links are fine."
        {...textarea}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p id={`${fieldId}-count`} className={`text-xs ${countAlert ? 'font-semibold text-accent' : 'text-muted'}`}>
          {count}
        </p>
        <div className="flex gap-2">{actions}</div>
      </div>
      <div id={`${fieldId}-message`} role="status" aria-live="polite" aria-label="Comment form message" className="text-sm">
        {message}
      </div>
    </>
  );
}

/** What a signed-out reader sees in place of the form. */
export function SignInPrompt({ slug, note, className = '' }: { slug: string; note?: string; className?: string }) {
  const back = encodeURIComponent(`/articles/${slug}#comments`);
  return (
    <div className={`rounded border rule bg-paper p-4 text-sm ${className}`} data-testid="comment-signin-prompt">
      <p>
        <ReaderLink href={`/signin?callbackUrl=${back}`} className="font-semibold text-accent underline">
          Sign in
        </ReaderLink>{' '}
        or{' '}
        <ReaderLink href={`/signup?callbackUrl=${back}`} className="font-semibold text-accent underline">
          create a free account
        </ReaderLink>{' '}
        to join the conversation.{note && ` ${note}`}
      </p>
    </div>
  );
}

/** A story that no longer takes comments: said where the form would be, before anyone writes. */
export function CommentsClosed() {
  return (
    <p className="mt-4 border-b rule pb-4 text-sm text-muted" data-testid="comments-closed">
      Comments on this story are closed. The conversation below stays as it was.
    </p>
  );
}
