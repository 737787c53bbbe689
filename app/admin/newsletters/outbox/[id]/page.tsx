import Link from 'next/link';
import { notFound } from 'next/navigation';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { readOutboxMessage } from '@/lib/dal/admin/newsletters';
import { siteTime } from '@/lib/time/site-time';
import { EmailPreview } from '@/components/admin/EmailPreview';

export const metadata = { title: 'Outbox' };

type Props = { params: Promise<{ id: string }> };

/** One email from the outbox, as its reader would see it, with its headers and every link in it. */
export default async function OutboxMessagePage({ params }: Props) {
  const { id } = await params;
  const found = await readOutboxMessage(await newsroomActor(), /^\d{1,15}$/.test(id) ? Number(id) : 0);
  if (!found.ok) {
    if (found.code === 'not-found') notFound();
    return <p>The outbox is for editors and admins.</p>;
  }
  const mail = found.value;
  const links = [...new Set([...mail.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]))];
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/newsletters/outbox" className="underline">
          Outbox
        </Link>
      </p>
      <h1 className="mt-1 headline text-2xl font-bold">{mail.subject}</h1>
      <dl className="mt-3 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">To</dt>
        <dd>{mail.to}</dd>
        <dt className="text-muted">Kept</dt>
        <dd>{siteTime(mail.createdAt, 'datetime')}</dd>
        {Object.entries(mail.headers).map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-muted">{name}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      {links.length > 0 && (
        <section aria-labelledby="mail-links" className="mt-6">
          <h2 id="mail-links" className="kicker">
            Links in this email
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {links.map((href) => (
              <li key={href} className="break-all">
                <a href={href} className="underline">
                  {href}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="mt-6">
        <EmailPreview subject={mail.subject} html={mail.html} text={mail.text} />
      </div>
    </>
  );
}
