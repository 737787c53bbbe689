import { newsroomActor } from '@/lib/dal/admin/actor';
import { bannerHistory } from '@/lib/dal/admin/breaking-news';
import { BannerForm } from '@/components/admin/BannerForm';
import { ActionForm } from '@/components/admin/ActionForm';
import { clearBannerAction } from '@/lib/actions/breaking-news';
import { bannerHtml, URGENCY_LABELS } from '@/lib/content/live-html';
import { siteTime } from '@/lib/time/site-time';

export const metadata = { title: 'Breaking news' };

export default async function BreakingNewsPage() {
  const found = await bannerHistory(await newsroomActor());
  if (!found.ok) return <p>The breaking-news banner is for editors and admins.</p>;
  const history = found.value;
  const current = history.find((b) => b.clearedAt === null) ?? null;
  return (
    <>
      <h1 className="headline text-3xl font-bold">Breaking news</h1>
      <p className="mt-2 max-w-2xl text-muted">
        The banner runs across the top of every reader page. Open pages show it within seconds; pages rendered later carry it in their HTML.
      </p>

      <section aria-labelledby="current-banner" className="mt-8">
        <h2 id="current-banner" className="kicker">
          Up now
        </h2>
        {current ? (
          <div className="mt-3 space-y-3">
            <div className="overflow-hidden rounded border rule" dangerouslySetInnerHTML={{ __html: bannerHtml(current) }} />
            <p className="text-sm text-muted">
              Set by {current.setBy ?? 'a former member of staff'} at {siteTime(current.setAt, 'datetime')}
            </p>
            <ActionForm
              action={clearBannerAction}
              fields={{}}
              label="Take the banner down"
              pendingLabel="Taking it down…"
              confirm="Take it down from every page?"
              tone="danger"
            />
          </div>
        ) : (
          <p className="mt-3 text-muted">No banner is up.</p>
        )}
      </section>

      <section aria-labelledby="new-banner" className="mt-10">
        <h2 id="new-banner" className="kicker">
          {current ? 'Replace the banner' : 'Put up a banner'}
        </h2>
        <BannerForm current={current ? { text: current.text, link: current.link ?? '', urgency: current.urgency } : null} />
      </section>

      {history.length > 0 && (
        <section aria-labelledby="banner-history" className="mt-12">
          <h2 id="banner-history" className="kicker">
            Recent banners
          </h2>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b rule text-muted">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    Banner
                  </th>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    Urgency
                  </th>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    Up
                  </th>
                  <th scope="col" className="py-2 font-semibold">
                    Down
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-rule">
                {history.map((b) => (
                  <tr key={b.id}>
                    <td className="py-2 pr-4">{b.text}</td>
                    <td className="py-2 pr-4 whitespace-nowrap">{URGENCY_LABELS[b.urgency]}</td>
                    <td className="py-2 pr-4 whitespace-nowrap">
                      {siteTime(b.setAt, 'datetime')}
                      {b.setBy && <span className="block text-muted">{b.setBy}</span>}
                    </td>
                    <td className="py-2 whitespace-nowrap">
                      {b.clearedAt ? siteTime(b.clearedAt, 'datetime') : <strong className="text-accent">Up now</strong>}
                      {b.clearedBy && <span className="block text-muted">{b.clearedBy}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
