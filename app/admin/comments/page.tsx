import Link from 'next/link';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { moderationQueue, type Queue } from '@/lib/dal/admin/moderation';
import { banAction } from '@/lib/actions/admin-moderation';
import { BulkModeration } from '@/components/admin/BulkModeration';
import { ActionForm } from '@/components/admin/ActionForm';

export const metadata = { title: 'Comment moderation' };

const QUEUES: { id: Queue; label: string; empty: string }[] = [
  { id: 'pending', label: 'Awaiting moderation', empty: 'Nothing is waiting. New comments held by the rules will appear here.' },
  { id: 'reported', label: 'Reported', empty: 'No reported comments. Reports from readers will appear here.' },
  { id: 'hidden', label: 'Hidden', empty: 'No hidden comments.' },
];

export default async function CommentsPage({ searchParams }: { searchParams: Promise<{ queue?: string }> }) {
  const requested = (await searchParams).queue;
  const queue = QUEUES.find((q) => q.id === requested) ?? QUEUES[0]!;
  const items = await moderationQueue(await newsroomActor(), queue.id);
  if ('ok' in items) return <p>Comment moderation is for editors and admins.</p>;
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
      <h2 className="sr-only">{queue.label}</h2>
      {items.length === 0 ? (
        <p className="mt-6 rounded border border-dashed rule p-8 text-center text-muted">{queue.empty}</p>
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
