import type { Metadata } from 'next';
import { listNewsletters, subscriptionsByToken } from '@/lib/dal/newsletter-subscribers';
import { ManageForm } from '@/components/newsletters/ManageForm';
import { UnsubscribeForm } from '@/components/newsletters/UnsubscribeForm';
import { LinkProblem } from '@/components/newsletters/LinkProblem';

export const metadata: Metadata = { title: 'Your newsletters', robots: { index: false }, referrer: 'no-referrer' };

export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ManagePage({ searchParams }: Props) {
  const { token, confirmed } = await searchParams;
  const [view, lists] = await Promise.all([subscriptionsByToken(token), listNewsletters()]);
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10 sm:px-6">
      <h1 className="headline text-3xl font-bold">Your newsletters</h1>
      {view.ok ? (
        <>
          {confirmed === '1' && (
            <p role="status" aria-label="Subscription confirmed" className="mt-4 rounded border border-dashed p-3">
              Confirmed. Your newsletters start with the next edition.
            </p>
          )}
          <p className="mt-3 text-muted">
            Sent to <span className="font-semibold text-ink">{view.value.email}</span>. Tick what you want; untick to leave.
          </p>
          {view.value.suppressed && (
            <p className="mt-3 rounded border border-accent p-3 text-sm">
              Our emails to this address bounced or were reported as unwanted, so we have stopped sending. To start again, sign up on the newsletters page and
              confirm.
            </p>
          )}
          <div className="mt-6">
            <ManageForm
              mode="token"
              token={String(token)}
              lists={lists}
              checked={view.value.lists.map((l) => l.key)}
              pending={view.value.lists.filter((l) => l.status === 'pending').map((l) => l.key)}
            />
          </div>
          <div className="mt-8 border-t rule pt-4">
            <UnsubscribeForm token={String(token)} list="all" label="Unsubscribe from everything" />
          </div>
        </>
      ) : (
        <LinkProblem message={view.message} next={{ href: '/newsletters', label: 'Newsletters' }} />
      )}
    </main>
  );
}
