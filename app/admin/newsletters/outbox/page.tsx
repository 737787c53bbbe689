import Link from 'next/link';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { listOutbox } from '@/lib/dal/admin/newsletters';
import { siteTime } from '@/lib/time/site-time';

export const metadata = { title: 'Outbox' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Mail kept here instead of sent (no SMTP_URL): confirmation emails, tests and newsletters. */
export default async function OutboxPage({ searchParams }: Props) {
  const { to } = await searchParams;
  const address = typeof to === 'string' ? to.slice(0, 254) : '';
  const found = await listOutbox(await newsroomActor(), { to: address || undefined });
  if (!found.ok) return <p>The outbox is for editors and admins.</p>;
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/newsletters" className="underline">
          Newsletters
        </Link>
      </p>
      <h1 className="mt-1 headline text-3xl font-bold">Outbox</h1>
      <p className="mt-2 max-w-2xl text-muted">
        Without a mail server (SMTP_URL), every email the site would send is kept here, newest first, so the whole flow can be tried: open a confirmation email
        and use its link as the reader would.
      </p>
      <form className="mt-4 flex flex-wrap items-end gap-2" aria-label="Filter the outbox" action="/admin/newsletters/outbox">
        <div>
          <label htmlFor="outbox-to" className="block text-sm font-semibold">
            To
          </label>
          <input id="outbox-to" name="to" type="email" defaultValue={address} className="mt-1 rounded border rule bg-paper px-3 py-2" />
        </div>
        <button type="submit" className="rounded border rule px-3 py-2 text-sm font-medium hover:bg-rule">
          Show
        </button>
      </form>
      {found.value.length === 0 ? (
        <p className="mt-6 text-muted">{address ? `Nothing was sent to ${address}.` : 'The outbox is empty.'}</p>
      ) : (
        <ul className="mt-6 divide-y border-y rule">
          {found.value.map((mail) => (
            <li key={mail.id} className="py-3">
              <Link href={`/admin/newsletters/outbox/${mail.id}`} className="font-semibold underline-offset-2 hover:underline">
                {mail.subject}
              </Link>
              <span className="block text-sm text-muted">
                To {mail.to} · {siteTime(mail.createdAt, 'datetime')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
