import { oauthSignInAction } from '@/lib/actions/auth';
import type { OAuthProvider } from '@/lib/auth';
import { buttonClass } from '@/components/ui/button';

const NAMES: Record<OAuthProvider, string> = { github: 'GitHub', google: 'Google' };

function Mark({ provider }: { provider: OAuthProvider }) {
  if (provider === 'github')
    return (
      <svg aria-hidden viewBox="0 0 16 16" width="18" height="18" fill="currentColor">
        <path d="M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38v-1.33c-2.23.48-2.7-1.07-2.7-1.07-.36-.93-.89-1.18-.89-1.18-.73-.5.05-.49.05-.49.8.06 1.23.83 1.23.83.72 1.22 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82a7.6 7.6 0 0 1 4 0c1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48v2.2c0 .21.15.46.55.38A8.01 8.01 0 0 0 16 8c0-4.42-3.58-8-8-8Z" />
      </svg>
    );
  return (
    <svg aria-hidden viewBox="0 0 18 18" width="18" height="18">
      <path fill="#4285F4" d="M17.64 9.2c0-.64-.06-1.25-.16-1.84H9v3.48h4.84a4.14 4.14 0 0 1-1.8 2.72v2.26h2.92c1.7-1.57 2.68-3.88 2.68-6.62Z" />
      <path fill="#34A853" d="M9 18c2.43 0 4.47-.8 5.96-2.18l-2.92-2.26c-.8.54-1.84.86-3.04.86-2.34 0-4.33-1.58-5.04-3.7H.96v2.33A9 9 0 0 0 9 18Z" />
      <path fill="#FBBC05" d="M3.96 10.72A5.4 5.4 0 0 1 3.68 9c0-.6.1-1.18.28-1.72V4.95H.96A9 9 0 0 0 0 9c0 1.45.35 2.83.96 4.05l3-2.33Z" />
      <path fill="#EA4335" d="M9 3.58c1.32 0 2.5.45 3.44 1.35l2.58-2.58A9 9 0 0 0 .96 4.95l3 2.33C4.67 5.16 6.66 3.58 9 3.58Z" />
    </svg>
  );
}

/**
 * "Continue with …" for each sign-in service switched on by the environment; nothing at all when none
 * is. Plain forms: they work without JavaScript.
 */
export function OAuthButtons({ providers, callbackUrl }: { providers: OAuthProvider[]; callbackUrl: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="mb-5 space-y-2">
      {providers.map((provider) => (
        <form key={provider} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={provider} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className={buttonClass({ variant: 'quiet', className: 'w-full gap-2' })}>
            <Mark provider={provider} />
            Continue with {NAMES[provider]}
          </button>
        </form>
      ))}
      <p className="flex items-center gap-3 pt-2 text-xs tracking-wide text-muted uppercase" aria-hidden>
        <span className="h-px flex-1 bg-rule" />
        or with your email
        <span className="h-px flex-1 bg-rule" />
      </p>
    </div>
  );
}
