'use client';

import { SessionProvider as AuthSessionProvider } from 'next-auth/react';

/** The session is learned in the browser, so cached reader pages stay the same for everyone. */
export function SessionProvider({ children }: { children: React.ReactNode }) {
  return <AuthSessionProvider refetchOnWindowFocus={false}>{children}</AuthSessionProvider>;
}
