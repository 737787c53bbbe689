import Link from 'next/link';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { moderationQueue, queueFilterOptions, type Queue } from '@/lib/dal/admin/moderation';
import { banAction } from '@/lib/actions/admin-moderation';
import { BulkModeration } from '@/components/admin/BulkModeration';
import { ActionForm } from '@/components/admin/ActionForm';
import { FilterSelect } from '@/components/admin/FilterSelect';
import { buttonClass } from '@/components/ui/button';

export const metadata = { title: 'Comment moderation' };

const QUEUES: { id: Queue; label: string; empty: string }[] = [
  { id: 'pending', label: 'Awaiting moderation', empty: 'Nothing is waiting. New comments held by the rules will appear here.' },
  { id: 'reported', label: 'Reported', empty: 'No reported comments. Reports from readers will appear here.' },
  { id: 'hidden', label: 'Hidden', empty: 'No hidden comments.' },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

export default async function CommentsPage({ searchParams }: Props) {
  const params = await searchParams;
  const queue = QUEUES.find((q) => q.id === one(params.queue)) ?? QUEUES[0]!;
  const articleId = /^[1-9]\d{0,9}$/.test(one(params.article)) ? Number(one(params.article)) : undefined;
  const authorId = /^[0-9a-f-]{36}$/.test(one(params.author)) ? one(params.author) : undefined;
  const actor = await newsroomActor();
  const [found, options] = await Promise.all([moderationQueue(actor, queue.id, { articleId, authorId }), queueFilterOptions(actor, queue.id)]);
  if (!found.ok || !options.ok) return <p>Comment moderation is for editors and admins.</p>;
  const items = found.value;
  const filtered = Boolean(articleId || authorId);
  const authors = new Map(items.filter((i) => i.author).map((i) => [i.author!.id, i.author!]));
  return (
    <>
      <h1 className="headline text-3xl font-bold">Comments</h1>
      <nav aria-label="Queues" className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {QUEUES.map((q) => (
            <li key={q.id}>
              <Link
                href={`/admin/comments?queue=${q.id}`}
                aria-current={q.id === queue.id ? 'page' : undefined}
                className="block rounded border rule px-3 py-1.5 aria-[current=page]:bg-ink aria-[current=page]:text-paper"
              >
                {q.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" aria-label="Filter the queue" className="mt-4 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <input type="hidden" name="queue" value={queue.id} />
        <FilterSelect
          name="article"
          label="Story"
          value={articleId ? String(articleId) : ''}
          anyLabel="Any story"
          options={options.value.articles.map((a) => ({ value: String(a.id), label: `${a.title} (${a.count})` }))}
        />
        <FilterSelect
          name="author"
          label="Commenter"
          value={authorId ?? ''}
          anyLabel="Any commenter"
          options={options.value.authors.map((a) => ({ value: a.id, label: `${a.name} (${a.count})` }))}
        />
        <div className="flex gap-2">
          <button type="submit" className={buttonClass({ size: 'sm' })}>
            Filter
          </button>
          {filtered && (
            <Link href={`/admin/comments?queue=${queue.id}`} className={buttonClass({ variant: 'quiet', size: 'sm' })}>
              Clear
            </Link>
          )}
        </div>
      </form>
      <h2 className="sr-only">{queue.label}</h2>
      {items.length === 0 ? (
        <p className="mt-6 rounded border border-dashed rule p-8 text-center text-muted">
          {filtered ? 'No comments in this queue match the filter.' : queue.empty}
        </p>
      ) : (
        <>
          <BulkModeration items={items} />
          <section aria-labelledby="commenters" className="mt-8 border-t rule pt-5">
            <h2 id="commenters" className="headline text-xl font-bold">
              Commenters in this queue
            </h2>
            <ul className="mt-3 space-y-2">
              {[...authors.values()].map((a) => (
                <li key={a.id} className="flex flex-wrap items-center gap-3 text-sm">
                  <bdi className="font-semibold">{a.name}</bdi>
                  {a.banned ? (
                    <ActionForm action={banAction} fields={{ userId: a.id, banned: '0' }} label={`Unban ${a.name}`} pendingLabel="Lifting…" tone="quiet" />
                  ) : (
                    <ActionForm
                      action={banAction}
                      fields={{ userId: a.id, banned: '1' }}
                      label={`Ban ${a.name}`}
                      pendingLabel="Banning…"
                      tone="danger"
                      confirm="They will not be able to post."
                    />
                  )}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
