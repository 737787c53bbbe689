import 'server-only';
import NextAuth, { CredentialsSignin, type DefaultSession, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import { randomUUID } from 'node:crypto';
import type { Role } from '@/lib/domain';
import { oauthAdapter } from '@/lib/dal/auth-adapter';
import { env, isProduction } from '@/lib/env';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { signInSchema } from '@/lib/validation/account';
import { verifyCredentials } from '@/lib/dal/users';
import { accountForToken, currentSessionVersion, endSession, mayStartSession } from '@/lib/dal/sessions';
import { clientAddress } from '@/lib/auth/client-address';
import { isKnownDevice, knownDeviceFromCookieHeader } from '@/lib/auth/known-device';
import { isRole } from '@/lib/auth/roles';
import { clearViewerHint, setViewerHint } from '@/lib/auth/viewer-hint';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role } & DefaultSession['user'];
    /** The sign-in this token belongs to, and the account's session version when it was issued. */
    sid?: string;
    sv?: number;
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}

const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

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

export type OAuthProvider = keyof typeof oauthProviders;

/** The sign-in services switched on by the environment (both id and secret set), in the order the page shows them. */
export function configuredOAuthProviders(): OAuthProvider[] {
  return (['github', 'google'] as const).filter((p) => oauthProviders[p]);
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
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
    pages: { signIn: '/signin', error: '/signin' },
    adapter: oauthProviders.github || oauthProviders.google ? await oauthAdapter() : undefined,
    cookies: { sessionToken: { options: { httpOnly: true, sameSite: 'lax', path: '/', secure: isProduction && !!env.SITE_URL?.startsWith('https:') } } },
    providers: [
      Credentials({
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const knownDevice = isKnownDevice(knownDeviceFromCookieHeader(request.headers.get('cookie')), parsed.data.email);
          const result = await verifyCredentials(parsed.data.email, parsed.data.password, { address: clientAddress(request.headers), knownDevice });
          if (result.ok) {
            const user = result.value;
            return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
          }
          if (result.code === 'throttled') throw new ThrottledSignIn();
          if (result.code === 'banned') throw new SuspendedSignIn();
          return null;
        },
      }),
      ...(oauthProviders.github ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })] : []),
      ...(oauthProviders.google ? [Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })] : []),
    ],
    events: {
      async signIn() {
        await setViewerHint(SESSION_MAX_AGE);
      },
      // Signing out ends this sign-in everywhere its token was copied to, not just in this browser.
      async signOut(message) {
        await clearViewerHint();
        const token = 'token' in message ? message.token : null;
        if (token?.sub && typeof token.sid === 'string')
          await endSession({
            userId: token.sub,
            sessionId: token.sid,
            version: undefined,
            expiresAt: new Date((token.exp ?? Date.now() / 1000 + SESSION_MAX_AGE) * 1000),
          });
      },
    },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider === 'credentials' || !user.id) return true;
        return mayStartSession(user.id);
      },
      async jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.role = user.role ?? 'reader';
          token.sid = randomUUID();
          token.sv = user.sessionVersion ?? (await currentSessionVersion(user.id)) ?? 0;
          return token;
        }
        // A token from before a password change, "sign out everywhere", a ban, a role change or a sign-out
        // is no session: Auth.js then clears the cookie. If the database cannot be asked, the token is
        // kept as it is (a brief outage must not sign everyone out); every write checks it again.
        if (!token.sub) return null;
        try {
          const account = await accountForToken({ userId: token.sub, sessionId: token.sid as string | undefined, version: token.sv as number | undefined });
          if (!account) return null;
          token.role = account.role;
          token.name = account.name;
        } catch {
          // database unavailable: keep the token until it can be checked
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) {
          session.user.id = token.sub;
          session.user.role = isRole(token.role) ? token.role : 'reader';
          session.sid = typeof token.sid === 'string' ? token.sid : undefined;
          session.sv = typeof token.sv === 'number' ? token.sv : undefined;
        }
        return session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(config);
