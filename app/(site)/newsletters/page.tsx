import type { Metadata } from 'next';
import { ReaderLink as Link } from '@/components/ui/ReaderLink';
import { listNewsletters } from '@/lib/dal/newsletter-subscribers';
import { currentUser } from '@/lib/dal/session';
import { parseListKey } from '@/lib/newsletters/lists';
import { SubscribeForm } from '@/components/newsletters/SubscribeForm';

export const metadata: Metadata = {
  title: 'Newsletters',
  description: 'The Daily Briefing every morning, breaking-news alerts and a daily email from each section. Free; leave with one click.',
};

export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewslettersPage({ searchParams }: Props) {
  // The query string first: it makes the page a request-time one, so the build never reads the database.
  const params = await searchParams;
  const [lists, user] = await Promise.all([listNewsletters(), currentUser()]);
  const wanted = parseListKey(params.list);
  const initial = wanted && lists.some((l) => l.key === wanted) ? [wanted] : ['briefing'];
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10 sm:px-6">
      <p className="kicker">Newsletters</p>
      <h1 className="mt-1 headline text-3xl font-bold sm:text-4xl">The news, in your inbox</h1>
      <p className="mt-3 text-muted">
        Free, and only what you choose. We never share your address, never track whether you open our emails, and every email has a one-click unsubscribe.
      </p>
      <div className="mt-8">
        <SubscribeForm lists={lists} initial={initial} email={user?.email ?? ''} />
      </div>
      <p className="mt-8 border-t rule pt-4 text-sm text-muted">
        Already subscribed? Every email has a link to change your newsletters. Signed-in readers can also change them on{' '}
        <Link href="/account#newsletters" className="underline">
          their account page
        </Link>
        .
      </p>
    </main>
  );
}
