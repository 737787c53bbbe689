import 'server-only';
import NextAuth, { CredentialsSignin, type DefaultSession, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import type { Adapter } from 'next-auth/adapters';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { accounts, users, verificationTokens, type Role } from '@/db/schema';
import { env, isProduction } from '@/lib/env';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { signInSchema } from '@/lib/validation/account';
import { normaliseEmail } from '@/lib/validation/text';
import { verifyCredentials } from '@/lib/dal/users';
import { clientAddress } from '@/lib/auth/client-address';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role } & DefaultSession['user'];
  }
  interface User {
    role?: Role;
  }
}

export class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
}
export class SuspendedSignIn extends CredentialsSignin {
  code = 'suspended';
}

export const oauthProviders = {
  github: Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET),
  google: Boolean(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET),
};

async function oauthAdapter(): Promise<Adapter | undefined> {
  if (!oauthProviders.github && !oauthProviders.google) return undefined;
  const db = await getDb();
  const base = DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, verificationTokensTable: verificationTokens } as never);
  return {
    ...base,
    // Our users need a display name and a normalised email; providers don't always give either.
    createUser: (data) =>
      base.createUser!({ ...data, email: normaliseEmail(data.email), name: data.name?.trim().slice(0, 80) || data.email.split('@')[0] || 'Reader' }),
  };
}

async function config(): Promise<NextAuthConfig> {
  return {
    secret: resolveAuthSecret(),
    trustHost: true,
    // A wrong password, a throttled or a suspended sign-in is an answer to the reader, not a server
    // error: Auth.js would log each with a stack trace, which would let anyone fill the logs.
    logger: {
      error(error) {
        if (error instanceof CredentialsSignin || (error as { type?: string }).type === 'CredentialsSignin') return;
        console.error(error);
      },
    },
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/signin', error: '/signin' },
    adapter: await oauthAdapter(),
    cookies: { sessionToken: { options: { httpOnly: true, sameSite: 'lax', path: '/', secure: isProduction && !!env.SITE_URL?.startsWith('https:') } } },
    providers: [
      Credentials({
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await verifyCredentials(parsed.data.email, parsed.data.password, clientAddress(request.headers));
          if (result.ok) return { id: result.user.id, name: result.user.name, email: result.user.email, role: result.user.role };
          if (result.reason === 'throttled') throw new ThrottledSignIn();
          if (result.reason === 'banned') throw new SuspendedSignIn();
          return null;
        },
      }),
      ...(oauthProviders.github ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })] : []),
      ...(oauthProviders.google ? [Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })] : []),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider === 'credentials' || !user.id) return true;
        const db = await getDb();
        const [row] = await db.select({ bannedAt: users.bannedAt }).from(users).where(eq(users.id, user.id)).limit(1);
        return !row?.bannedAt;
      },
      jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.role = user.role ?? 'reader';
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) {
          session.user.id = token.sub;
          session.user.role = (token.role as Role | undefined) ?? 'reader';
        }
        return session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(config);
