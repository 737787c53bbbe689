import Link from 'next/link';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { audienceReport, type StoryViews } from '@/lib/dal/admin/audience';
import { reportTable, type ReportTable as TableName } from '@/lib/analytics/report-tables';
import { DayChart } from '@/components/admin/DayChart';
import { ReportTable } from '@/components/admin/ReportTable';

export const metadata = { title: 'Audience' };

const csv = (table: TableName) => `/admin/audience/export?table=${table}`;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const figure = (n: number) => n.toLocaleString('en-GB');

function Headline({ label, value, note }: { label: string; value: number; note?: string }) {
  return (
    <div className="border-t-2 border-ink pt-2">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="headline text-3xl font-bold tabular-nums">{figure(value)}</dd>
      {note && <dd className="text-xs text-muted">{note}</dd>}
    </div>
  );
}

function StoryList({
  id,
  title,
  stories,
  empty,
  measure,
  table,
}: {
  id: string;
  title: string;
  stories: StoryViews[];
  empty: string;
  measure: 'views' | 'comments';
  table: TableName;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="kicker">
        {title}
      </h2>
      {stories.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty}</p>
      ) : (
        <ol className="mt-2 divide-y divide-rule">
          {stories.map((s, i) => (
            <li key={s.id} className="flex gap-3 py-2">
              <span aria-hidden className="w-5 shrink-0 text-right font-bold text-accent tabular-nums">
                {i + 1}
              </span>
              <div className="min-w-0 flex-1">
                <Link href={`/admin/articles/${s.id}`} className="font-medium hover:underline">
                  {s.title}
                </Link>
                <p className="text-xs text-muted">
                  {s.section ? `${s.section} · ` : ''}
                  {measure === 'views'
                    ? `${figure(s.views)} ${s.views === 1 ? 'view' : 'views'} · ${figure(s.comments)} ${s.comments === 1 ? 'comment' : 'comments'}`
                    : `${figure(s.comments)} ${s.comments === 1 ? 'comment' : 'comments'} this week · ${figure(s.views)} ${s.views === 1 ? 'view' : 'views'}`}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-2">
        <a href={csv(table)} className="text-sm underline" download>
          Download CSV<span className="sr-only"> for {title}</span>
        </a>
      </p>
    </section>
  );
}

export default async function AudiencePage() {
  const found = await audienceReport(await newsroomActor());
  if (!found.ok) return <p>The audience numbers are for editors and admins.</p>;
  const report = found.value;
  const today = report.days.at(-1)!;
  const week = report.days.slice(-7);
  const daily = reportTable(report, 'daily');
  return (
    <>
      <h1 className="headline text-3xl font-bold">Audience</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Views are counted without cookies and without storing addresses or browsers. Staff, known bots and readers whose browser asks not to be tracked are left
        out; visitors are estimated per day. Days run in {report.timeZone} time. Counts reach this page within a few seconds.
      </p>

      <dl className="mt-6 grid grid-cols-2 gap-6 sm:grid-cols-4">
        <Headline label="Views today" value={today.views} />
        <Headline label="Visitors today" value={today.visitors} note="estimated" />
        <Headline label="Views, last 7 days" value={sum(week.map((d) => d.views))} />
        <Headline label="Comments, last 7 days" value={sum(week.map((d) => d.comments))} />
      </dl>

      <section aria-labelledby="views-per-day" className="mt-10">
        <h2 id="views-per-day" className="kicker">
          Views per day, last {report.days.length} days
        </h2>
        <DayChart title="Views per day" points={report.days.map((d) => ({ day: d.day, value: d.views }))} />
        <ReportTable table={daily} csv={csv('daily')} collapsed empty="No views yet." />
      </section>

      <section aria-labelledby="conversation-per-day" className="mt-10 grid gap-8 lg:grid-cols-2">
        <div>
          <h2 id="conversation-per-day" className="kicker">
            Comments published per day
          </h2>
          <DayChart title="Comments published per day" points={report.days.map((d) => ({ day: d.day, value: d.comments }))} />
        </div>
        <div>
          <h2 className="kicker">New reader accounts per day</h2>
          <DayChart title="New reader accounts per day" points={report.days.map((d) => ({ day: d.day, value: d.newReaders }))} />
          <p className="text-sm text-muted">Both are in the day-by-day table above.</p>
        </div>
      </section>

      <div className="mt-10 grid gap-10 lg:grid-cols-3">
        <StoryList
          id="top-24h"
          title="Most read, last 24 hours"
          stories={report.topDay}
          empty="No story has been read in the last 24 hours."
          measure="views"
          table="top-24h"
        />
        <StoryList
          id="top-7d"
          title="Most read, last 7 days"
          stories={report.topWeek}
          empty="No story has been read this week."
          measure="views"
          table="top-7d"
        />
        <StoryList
          id="most-discussed"
          title="Most discussed, last 7 days"
          stories={report.mostDiscussed}
          empty="No comments were published this week."
          measure="comments"
          table="most-discussed"
        />
      </div>

      <div className="mt-10 grid gap-10 lg:grid-cols-3">
        {(['sections', 'referrers', 'devices'] as const).map((name) => {
          const table = reportTable(report, name);
          return (
            <section key={name} aria-labelledby={`share-${name}`}>
              <h2 id={`share-${name}`} className="kicker">
                {table.title}
              </h2>
              <ReportTable table={table} csv={csv(name)} empty="No views this week." />
            </section>
          );
        })}
      </div>
    </>
  );
}
