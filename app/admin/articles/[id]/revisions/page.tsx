import Link from 'next/link';
import { notFound } from 'next/navigation';
import { idOr404 } from '@/lib/routing-params';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { getArticleForNewsroom } from '@/lib/dal/admin/article-editor';
import { getRevisions, listRevisions } from '@/lib/dal/admin/article-revisions';
import { restoreRevisionAction } from '@/lib/actions/admin-articles';
import { comparableRevision, diffRevisions } from '@/lib/content/revision-diff';
import { ActionForm } from '@/components/admin/ActionForm';
import { RevisionDiff } from '@/components/admin/RevisionDiff';
import { buttonClass } from '@/components/ui/button';
import { siteTime } from '@/lib/time/site-time';

export const metadata = { title: 'Revisions' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string; b?: string }> };

const COMPARE_FORM = 'compare-revisions';

export default async function RevisionsPage({ params, searchParams }: Props) {
  const id = idOr404((await params).id);
  const actor = await newsroomActor();
  const [foundArticle, foundRevisions] = await Promise.all([getArticleForNewsroom(actor, id), listRevisions(actor, id)]);
  if (!foundArticle.ok || !foundRevisions.ok) notFound();
  const article = foundArticle.value;
  const revisions = foundRevisions.value;
  const query = await searchParams;
  const a = Number(query.a) || revisions[1]?.id;
  const b = Number(query.b) || revisions[0]?.id;
  const pair = a && b && a !== b ? await getRevisions(actor, id, [a, b]) : null;
  const older = pair?.ok ? pair.value.find((r) => r.id === a) : undefined;
  const newer = pair?.ok ? pair.value.find((r) => r.id === b) : undefined;
  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/articles/${id}`} className="underline">
          ← Back to the editor
        </Link>
      </p>
      <h1 className="mt-2 headline text-3xl font-bold">Revisions of “{article.title}”</h1>
      {/* Each restore button is a form of its own; the comparison's radio buttons belong to the form below the table. */}
      <table className="mt-5 w-full text-left text-sm">
        <caption className="sr-only">Every saved version, newest first</caption>
        <thead className="border-b rule text-xs tracking-wide text-muted uppercase">
          <tr>
            <th className="py-2">Older</th>
            <th className="py-2">Newer</th>
            <th className="py-2">Version</th>
            <th className="py-2">Saved by</th>
            <th className="py-2">When</th>
            <th className="py-2">Restore</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-rule">
          {revisions.map((r) => (
            <tr key={r.id}>
              <td className="py-2">
                <input form={COMPARE_FORM} type="radio" name="a" value={r.id} defaultChecked={r.id === a} aria-label={`Compare from version ${r.version}`} />
              </td>
              <td className="py-2">
                <input form={COMPARE_FORM} type="radio" name="b" value={r.id} defaultChecked={r.id === b} aria-label={`Compare to version ${r.version}`} />
              </td>
              <td className="py-2 font-semibold">
                v{r.version} {r.version === article.version && <span className="text-xs font-normal text-muted">(current)</span>}
              </td>
              <td className="py-2">{r.editorName ? <bdi>{r.editorName}</bdi> : 'deleted user'}</td>
              <td className="py-2">{siteTime(r.createdAt, 'datetime', { zone: true })}</td>
              <td className="py-2">
                {r.version !== article.version && article.canEdit && (
                  <ActionForm
                    key={`${r.id}-${article.version}`}
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
      <form id={COMPARE_FORM} method="get" aria-label="Compare revisions">
        <button type="submit" className={buttonClass({ size: 'sm', className: 'mt-3' })}>
          Compare selected
        </button>
      </form>
      {older && newer && (
        <section aria-label="Differences" className="mt-6">
          <h2 className="headline text-xl font-bold">
            Changes from v{older.version} to v{newer.version}
          </h2>
          <RevisionDiff parts={diffRevisions(comparableRevision(older), comparableRevision(newer))} />
        </section>
      )}
    </>
  );
}
