import { newsroomActor } from '@/lib/dal/admin/actor';
import { auditEntries } from '@/lib/dal/admin/users';
import { siteTime } from '@/lib/time/site-time';

export const metadata = { title: 'Audit log' };

const shown = (value: unknown) => (Array.isArray(value) ? (value.length ? value.join(', ') : 'none') : value === null ? 'none' : String(value));

function describe(detail: Record<string, unknown>): string {
  const parts: string[] = [];
  if (detail.changes && typeof detail.changes === 'object')
    for (const [setting, change] of Object.entries(detail.changes as Record<string, { from: unknown; to: unknown }>))
      parts.push(`${setting}: ${shown(change.from)} → ${shown(change.to)}`);
  if (typeof detail.title === 'string') parts.push(`“${detail.title}”`);
  if (typeof detail.name === 'string') parts.push(detail.name);
  if (detail.from && detail.to) parts.push(`${String(detail.from)} → ${String(detail.to)}`);
  if (detail.scheduled) parts.push('(scheduled)');
  return parts.join(' ');
}

export default async function AuditPage() {
  const found = await auditEntries(await newsroomActor());
  if (!found.ok) return <p>The audit log is for admins.</p>;
  const entries = found.value;
  return (
    <>
      <h1 className="headline text-3xl font-bold">Audit log</h1>
      <p className="mt-1 text-sm text-muted">Publishing, unpublishing, role changes, bans, moderation decisions and newsletter sends, newest first.</p>
      {entries.length === 0 ? (
        <p className="mt-6 rounded border border-dashed rule p-8 text-center text-muted">Nothing has been recorded yet.</p>
      ) : (
        <div className="mt-5 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b rule text-xs tracking-wide text-muted uppercase">
              <tr>
                <th className="py-2 pr-3">When</th>
                <th className="py-2 pr-3">Who</th>
                <th className="py-2 pr-3">Action</th>
                <th className="py-2 pr-3">Target</th>
                <th className="py-2">Detail</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-rule">
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="py-2 pr-3 whitespace-nowrap">{siteTime(e.createdAt, 'datetime', { zone: true })}</td>
                  <td className="py-2 pr-3">
                    {e.actorName ? (
                      <bdi>{e.actorName}</bdi>
                    ) : e.action === 'article.publish' || (e.action === 'newsletter.send' && e.detail.scheduled) ? (
                      'scheduler'
                    ) : (
                      'deleted user'
                    )}
                  </td>
                  <td className="py-2 pr-3 font-mono text-xs">{e.action}</td>
                  <td className="py-2 pr-3">
                    {e.targetType} {e.targetId}
                  </td>
                  <td className="py-2">{describe(e.detail)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
