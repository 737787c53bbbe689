import 'server-only';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import type { Adapter } from 'next-auth/adapters';
import { getDb } from '@/db';
import { accounts, users, verificationTokens } from '@/db/schema';
import { displayNameProblem } from '@/lib/text/display-name';
import { normaliseEmail } from '@/lib/validation/text';

/** The provider's name when our display-name rules allow it, else the email's local part, else "Reader". */
export function oauthDisplayName(name: string | null | undefined, email: string): string {
  for (const candidate of [name, email.split('@')[0]]) {
    const cleaned = candidate?.replace(/\s+/g, ' ').trim().slice(0, 80);
    if (cleaned && !displayNameProblem(cleaned)) return cleaned;
  }
  return 'Reader';
}

/** Auth.js's storage for OAuth accounts (GitHub, Google), on our users table. */
export async function oauthAdapter(): Promise<Adapter> {
  const db = await getDb();
  const base = DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, verificationTokensTable: verificationTokens } as never);
  return {
    ...base,
    // Our users need a display name and a normalised email; providers don't always give either.
    createUser: (data) => base.createUser!({ ...data, email: normaliseEmail(data.email), name: oauthDisplayName(data.name, data.email) }),
  };
}
