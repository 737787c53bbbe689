'use client';

import { useActionState, useEffect } from 'react';
import type { AuthFormState } from '@/lib/actions/auth';
import { useIsClient } from '@/components/ui/use-is-client';

type AuthAction<F extends string> = (previous: AuthFormState<F>, form: FormData) => Promise<AuthFormState<F>>;

/**
 * The state of a sign-in or sign-up form, and the hidden fields both send: where to return to, and
 * whether JavaScript ran (without it the action redirects; with it the page reloads below).
 */
export function useAuthForm<F extends string>(action: AuthAction<F>, callbackUrl: string) {
  const [state, formAction] = useActionState<AuthFormState<F>, FormData>(action, { status: 'idle' });
  const isClient = useIsClient();
  useEffect(() => {
    // A full load, so the header and comment forms learn about the new session.
    if (state.status === 'success' && state.redirectTo) window.location.assign(state.redirectTo);
  }, [state]);
  const hiddenFields = (
    <>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="js" value={isClient ? '1' : '0'} />
    </>
  );
  return { state, formAction, hiddenFields };
}
