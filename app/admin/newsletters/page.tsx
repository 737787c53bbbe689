import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { newsletterOverview } from '@/lib/dal/admin/newsletters';
import { siteTime, siteTimeZone } from '@/lib/time/site-time';
import { BreakingEmailForm } from '@/components/admin/BreakingEmailForm';
import { BriefingPreview } from '@/components/admin/BriefingPreview';
import { NewsletterSettingsForm } from '@/components/admin/NewsletterSettingsForm';

export const metadata = { title: 'Newsletters' };

const KIND_LABELS: Record<string, string> = { briefing: 'Daily briefing', section: 'Section', breaking: 'Breaking news' };
const figure = (n: number) => n.toLocaleString('en-GB');

export default async function NewslettersAdminPage() {
  const found = await newsletterOverview(await newsroomActor());
  if (!found.ok) return <p>Newsletters are run by editors and admins.</p>;
  const { settings, lists, suppressed, issues, outbox } = found.value;
  const breaking = lists.find((l) => l.key === 'breaking')?.active ?? 0;
  const listName = new Map(lists.map((l) => [l.key, l.name]));
  return (
    <>
      <h1 className="headline text-3xl font-bold">Newsletters</h1>
      <p className="mt-2 max-w-2xl text-muted">
        Readers sign up at{' '}
        <Link href="/newsletters" className="underline">
          /newsletters
        </Link>{' '}
        and confirm by email.{' '}
        {outbox
          ? 'No mail server is set (SMTP_URL), so every email goes to the outbox below instead of being sent.'
          : 'Mail goes out through the configured mail server.'}
        {outbox && (
          <>
            {' '}
            <Link href="/admin/newsletters/outbox" className="underline">
              Open the outbox
            </Link>
            .
          </>
        )}
      </p>

      <section aria-labelledby="subscribers" className="mt-8">
        <h2 id="subscribers" className="kicker">
          Subscribers
        </h2>
        <table className="mt-3 w-full max-w-xl text-left text-sm">
          <caption className="sr-only">Confirmed subscribers per newsletter</caption>
          <thead className="border-b rule text-muted">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Newsletter
              </th>
              <th scope="col" className="py-2 text-right font-semibold">
                Confirmed subscribers
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {lists.map((l) => (
              <tr key={l.key}>
                <td className="py-2 pr-4">{l.name}</td>
                <td className="py-2 text-right tabular-nums">{figure(l.active)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-sm text-muted">
          {figure(suppressed)} address{suppressed === 1 ? '' : 'es'} no longer mailed after a bounce or a complaint.
        </p>
      </section>

      <section aria-labelledby="briefing" className="mt-10">
        <h2 id="briefing" className="kicker">
          The daily briefing
        </h2>
        <p className="mt-2 max-w-2xl text-sm text-muted">
          Goes out by itself once a day: the editors’ picks, then the stories readers read most in the past 24 hours. Section emails go out at the same time to
          their subscribers when the section published something new.
        </p>
        <NewsletterSettingsForm enabled={settings.briefingEnabled} time={settings.briefingTime} picks={settings.pickSlugs} timeZone={siteTimeZone()} />
        <BriefingPreview />
      </section>

      <section aria-labelledby="breaking-email" className="mt-10">
        <h2 id="breaking-email" className="kicker">
          Breaking-news email
        </h2>
        <p className="mt-2 max-w-2xl text-sm text-muted">
          Goes to the {figure(breaking)} confirmed subscriber{breaking === 1 ? '' : 's'} of breaking-news alerts. Preview it, send a test to yourself, then
          send.
        </p>
        <BreakingEmailForm subscribers={breaking} requestKey={randomUUID()} />
      </section>

      <section aria-labelledby="sent-emails" className="mt-12">
        <h2 id="sent-emails" className="kicker">
          Sent emails
        </h2>
        {issues.length === 0 ? (
          <p className="mt-3 text-muted">Nothing has been sent yet.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Newsletter issues, newest first, with their delivery progress</caption>
              <thead className="border-b rule text-muted">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    Email
                  </th>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    When
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right font-semibold">
                    Recipients
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right font-semibold">
                    Sent
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right font-semibold">
                    Waiting
                  </th>
                  <th scope="col" className="py-2 text-right font-semibold">
                    Failed
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-rule">
                {issues.map((issue) => (
                  <tr key={issue.id}>
                    <td className="py-2 pr-4">
                      <span className="block text-xs text-muted">
                        {KIND_LABELS[issue.kind] ?? issue.kind}
                        {issue.kind === 'section' && ` · ${listName.get(issue.list as never) ?? issue.list}`}
                      </span>
                      {issue.subject}
                    </td>
                    <td className="py-2 pr-4 whitespace-nowrap">
                      {siteTime(issue.createdAt, 'datetime')}
                      <span className="block text-muted">{issue.createdBy ?? 'Scheduled'}</span>
                    </td>
                    <td className="py-2 pr-4 text-right tabular-nums">{figure(issue.recipients)}</td>
                    <td className="py-2 pr-4 text-right tabular-nums">{figure(issue.sent)}</td>
                    <td className="py-2 pr-4 text-right tabular-nums">{figure(issue.waiting)}</td>
                    <td className="py-2 text-right tabular-nums">{figure(issue.failed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
