import Link from 'next/link';
import { notFound } from 'next/navigation';
import { idOr404 } from '@/lib/routing-params';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { getArticleForNewsroom, getRevisions, listRevisions } from '@/lib/dal/admin/articles';
import { restoreRevisionAction } from '@/lib/actions/admin-articles';
import { diffLines } from '@/lib/content/line-diff';
import { ActionForm } from '@/components/admin/ActionForm';

export const metadata = { title: 'Revisions' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string; b?: string }> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const id = idOr404((await params).id);
  const actor = await newsroomActor();
  const [article, revisions] = await Promise.all([getArticleForNewsroom(actor, id), listRevisions(actor, id)]);
  if ('ok' in article || 'ok' in revisions) notFound();
  const query = await searchParams;
  const a = Number(query.a) || revisions[1]?.id;
  const b = Number(query.b) || revisions[0]?.id;
  const pair = a && b && a !== b ? await getRevisions(actor, id, [a, b]) : [];
  const older = Array.isArray(pair) ? pair.find((r) => r.id === a) : undefined;
  const newer = Array.isArray(pair) ? pair.find((r) => r.id === b) : undefined;
  const diff =
    older && newer ? diffLines(`${older.title}\n\n${older.standfirst}\n\n${older.body}`, `${newer.title}\n\n${newer.standfirst}\n\n${newer.body}`) : [];
  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/articles/${id}`} className="underline">
          ← Back to the editor
        </Link>
      </p>
      <h1 className="mt-2 headline text-3xl font-bold">Revisions of “{article.title}”</h1>
      <form method="get" className="mt-5" aria-label="Compare revisions">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Every saved version, newest first</caption>
          <thead className="border-b rule text-xs tracking-wide text-muted uppercase">
            <tr>
              <th className="py-2">Older</th>
              <th className="py-2">Newer</th>
              <th className="py-2">Version</th>
              <th className="py-2">Saved by</th>
              <th className="py-2">When (UTC)</th>
              <th className="py-2">Restore</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {revisions.map((r) => (
              <tr key={r.id}>
                <td className="py-2">
                  <input type="radio" name="a" value={r.id} defaultChecked={r.id === a} aria-label={`Compare from version ${r.version}`} />
                </td>
                <td className="py-2">
                  <input type="radio" name="b" value={r.id} defaultChecked={r.id === b} aria-label={`Compare to version ${r.version}`} />
                </td>
                <td className="py-2 font-semibold">
                  v{r.version} {r.version === article.version && <span className="text-xs font-normal text-muted">(current)</span>}
                </td>
                <td className="py-2">{r.editorName ?? 'deleted user'}</td>
                <td className="py-2">{new Date(r.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })}</td>
                <td className="py-2">
                  {r.version !== article.version && article.canEdit && (
                    <ActionForm
                      action={restoreRevisionAction}
                      fields={{ articleId: String(id), revisionId: String(r.id), version: String(article.version) }}
                      label="Restore"
                      pendingLabel="Restoring…"
                      tone="quiet"
                      confirm={`Restore v${r.version}?`}
                      ariaLabel={`Restore version ${r.version}`}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" className="mt-3 rounded bg-ink px-4 py-1.5 text-sm font-medium text-paper">
          Compare selected
        </button>
      </form>
      {older && newer && (
        <section aria-label="Differences" className="mt-6">
          <h2 className="headline text-xl font-bold">
            Changes from v{older.version} to v{newer.version}
          </h2>
          <pre className="mt-3 overflow-x-auto rounded border rule p-3 text-sm leading-relaxed whitespace-pre-wrap">
            {diff.map((line, i) => (
              <div
                key={i}
                className={line.type === 'added' ? 'bg-emerald-100 text-emerald-950' : line.type === 'removed' ? 'bg-red-100 text-red-950 line-through' : ''}
              >
                <span aria-hidden>{line.type === 'added' ? '+ ' : line.type === 'removed' ? '− ' : '  '}</span>
                <span className="sr-only">{line.type === 'added' ? 'Added: ' : line.type === 'removed' ? 'Removed: ' : ''}</span>
                {line.text || ' '}
              </div>
            ))}
          </pre>
        </section>
      )}
    </>
  );
}
