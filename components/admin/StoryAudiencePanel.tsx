import type { StoryAudience } from '@/lib/dal/admin/audience';
import { DayChart } from './DayChart';

const figure = (n: number) => n.toLocaleString('en-GB');

/** A story's own readership on its edit page: views in all, the last 14 days, and the week's sources and devices. */
export function StoryAudiencePanel({ audience }: { audience: StoryAudience }) {
  const fortnight = audience.days.reduce((sum, d) => sum + d.views, 0);
  return (
    <section aria-labelledby="story-audience" className="mb-5 rounded border rule p-4">
      <h2 id="story-audience" className="kicker">
        Readers
      </h2>
      <p className="mt-1 text-sm">
        <strong className="tabular-nums">{figure(audience.total)}</strong> {audience.total === 1 ? 'view' : 'views'} in all ·{' '}
        <strong className="tabular-nums">{figure(fortnight)}</strong> in the last 14 days
      </p>
      {fortnight > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium">Day by day, sources and devices</summary>
          <div className="grid gap-6 lg:grid-cols-[2fr_1fr_1fr]">
            <div>
              <DayChart title="This story's views per day" points={audience.days.map((d) => ({ day: d.day, value: d.views }))} />
              <table className="mt-2 w-full text-left text-sm tabular-nums">
                <caption className="sr-only">This story’s views per day</caption>
                <thead className="text-muted">
                  <tr>
                    <th scope="col">Day</th>
                    <th scope="col" className="text-right">
                      Views
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {audience.days.map((d) => (
                    <tr key={d.day}>
                      <th scope="row" className="font-normal">
                        {d.day}
                      </th>
                      <td className="text-right">{figure(d.views)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {[
              { title: 'Sources, last 7 days', rows: audience.referrers },
              { title: 'Devices, last 7 days', rows: audience.devices },
            ].map(({ title, rows }) => (
              <table key={title} className="w-full self-start text-left text-sm tabular-nums">
                <caption className="mb-1 text-left font-semibold">{title}</caption>
                <tbody className="divide-y divide-rule">
                  {rows.map((r) => (
                    <tr key={r.label}>
                      <th scope="row" className="py-1 pr-3 font-normal">
                        {r.label}
                      </th>
                      <td className="py-1 text-right">{figure(r.views)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
        </details>
      )}
    </section>
  );
}
