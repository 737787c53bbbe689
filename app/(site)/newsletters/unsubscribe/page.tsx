import type { Metadata } from 'next';
import { ReaderLink as Link } from '@/components/ui/ReaderLink';
import { listNewsletters, subscriptionsByToken } from '@/lib/dal/newsletter-subscribers';
import { parseListKey } from '@/lib/newsletters/lists';
import { UnsubscribeForm } from '@/components/newsletters/UnsubscribeForm';
import { LinkProblem } from '@/components/newsletters/LinkProblem';

export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false }, referrer: 'no-referrer' };

export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where an email's "Unsubscribe" link leads: it asks once (a mail scanner opening the link changes nothing). */
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token, list } = await searchParams;
  const [view, lists] = await Promise.all([subscriptionsByToken(token), listNewsletters()]);
  const key = parseListKey(list);
  const info = lists.find((l) => l.key === key);
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10 sm:px-6">
      <h1 className="headline text-3xl font-bold">Unsubscribe</h1>
      {view.ok ? (
        <>
          {info ? (
            <p className="mt-3">
              Stop sending <span className="font-semibold">{info.name}</span> to <span className="font-semibold">{view.value.email}</span>?
            </p>
          ) : (
            <p className="mt-3">
              Stop every newsletter to <span className="font-semibold">{view.value.email}</span>?
            </p>
          )}
          <div className="mt-6">
            <UnsubscribeForm
              token={String(token)}
              list={info ? info.key : 'all'}
              label={info ? `Unsubscribe from ${info.name}` : 'Unsubscribe from everything'}
            />
          </div>
          <p className="mt-6 text-sm text-muted">
            Or{' '}
            <Link href={`/newsletters/manage?token=${encodeURIComponent(String(token))}`} className="underline">
              choose which newsletters you get
            </Link>
            .
          </p>
        </>
      ) : (
        <LinkProblem message={view.message} next={{ href: '/newsletters', label: 'Newsletters' }} />
      )}
    </main>
  );
}
