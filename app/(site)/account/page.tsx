import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/dal/session';
import { listNewsletters, subscriptionsForUser } from '@/lib/dal/newsletter-subscribers';
import { DeleteAccountForm, DisplayNameForm, PasswordForm, SignOutEverywhereForm } from '@/components/auth/AccountForms';
import { ManageForm } from '@/components/newsletters/ManageForm';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function Account({ searchParams }: Props) {
  const user = await currentUser();
  if (!user) redirect('/signin?callbackUrl=%2Faccount');
  const [{ changed }, newsletters, lists] = await Promise.all([searchParams, subscriptionsForUser(user), listNewsletters()]);
  return (
    <>
      <p className="mt-2 text-muted">
        Signed in as <span className="font-semibold text-ink">{user.email}</span>
        {user.banned && ' — this account is suspended and cannot comment.'}
      </p>
      <section aria-labelledby="profile" className="mt-8 border-t rule pt-6">
        <h2 id="profile" className="headline text-xl font-bold">
          Profile
        </h2>
        <div className="mt-4">
          <DisplayNameForm name={user.name} />
        </div>
      </section>
      <section aria-labelledby="newsletters" className="mt-8 border-t rule pt-6">
        <h2 id="newsletters" className="headline text-xl font-bold">
          Newsletters
        </h2>
        {newsletters.proven ? (
          <p className="mt-1 text-sm text-muted">Sent to {user.email}. Change them here or with the link in every email.</p>
        ) : (
          <p className="mt-1 text-sm text-muted">
            Tick the newsletters you want and we will email {user.email} a link to confirm. Once you confirm while signed in, your newsletters show here.
            Already getting some? Every email has a link to change them.
          </p>
        )}
        {newsletters.suppressed && (
          <p className="mt-3 rounded border border-accent p-3 text-sm">
            Our last emails to this address could not be delivered, so we have stopped sending. Use the link in the confirmation email to start again.
          </p>
        )}
        <div className="mt-4">
          <ManageForm
            mode="account"
            lists={lists}
            checked={newsletters.lists.map((l) => l.key)}
            pending={newsletters.lists.filter((l) => l.status === 'pending').map((l) => l.key)}
          />
        </div>
      </section>
      <section aria-labelledby="password" className="mt-8 border-t rule pt-6">
        <h2 id="password" className="headline text-xl font-bold">
          Password
        </h2>
        {changed === 'password' && (
          <p role="status" aria-label="Password changed" className="mt-4 rounded border border-dashed p-3 text-sm">
            Your password was changed. You were signed out on every other device.
          </p>
        )}
        <div className="mt-4">
          <PasswordForm />
        </div>
      </section>
      <section aria-labelledby="sessions" className="mt-8 border-t rule pt-6">
        <h2 id="sessions" className="headline text-xl font-bold">
          Devices
        </h2>
        <div className="mt-4">
          <SignOutEverywhereForm />
        </div>
      </section>
      <section aria-labelledby="danger" className="mt-8 border-t rule pt-6">
        <h2 id="danger" className="headline text-xl font-bold">
          Delete account
        </h2>
        <div className="mt-4">
          <DeleteAccountForm />
        </div>
      </section>
    </>
  );
}

export default async function AccountPage({ searchParams }: Props) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10 sm:px-6">
      <h1 className="headline text-3xl font-bold">Your account</h1>
      <Account searchParams={searchParams} />
    </main>
  );
}
