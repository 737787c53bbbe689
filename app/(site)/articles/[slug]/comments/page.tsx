import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReaderLink } from '@/components/ui/ReaderLink';
import { getPublishedArticle } from '@/lib/dal/articles';
import { getConversation } from '@/lib/dal/comments';
import { countVisible } from '@/lib/content/thread';
import { parseThreadOrder, sortThread, THREAD_ORDERS } from '@/lib/comments/thread-sort';
import { slugOr404 } from '@/lib/routing-params';
import { CommentThread, FeaturedComments } from '@/components/comments/CommentThread';
import { ThreadOrderLinks } from '@/components/comments/ThreadOrderLinks';

export const metadata: Metadata = { title: 'Comments', robots: { index: false, follow: true } };

/** Rendered on each request from cached reads: this page exists for readers without JavaScript. */
export const instant = false;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A story's conversation in the order a reader without JavaScript chose (the story's page shows it oldest first). */
export default async function ConversationPage({ params, searchParams }: Props) {
  const slug = slugOr404((await params).slug);
  const order = parseThreadOrder((await searchParams).order);
  const found = await getPublishedArticle(slug);
  if (found.kind !== 'article') notFound();
  const { article } = found;
  const { thread } = await getConversation(article.id);
  const label = THREAD_ORDERS.find((o) => o.value === order)!.label.toLowerCase();
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <p className="kicker">Comments</p>
      <h1 className="mt-1 headline text-3xl font-bold">
        <ReaderLink href={`/articles/${slug}`} className="hover:underline">
          {article.title}
        </ReaderLink>
      </h1>
      <p className="mt-2 text-muted">
        {countVisible(thread)} comment{countVisible(thread) === 1 ? '' : 's'}, {label} first.
      </p>
      <ThreadOrderLinks slug={slug} current={order} />
      <FeaturedComments nodes={thread} />
      {thread.length === 0 ? (
        <p className="py-6 text-muted">No comments yet.</p>
      ) : (
        <section aria-label="Conversation" className="mt-4">
          <CommentThread key={order} nodes={sortThread(thread, order)} />
        </section>
      )}
      <p className="mt-8 flex flex-wrap gap-x-6 gap-y-2">
        <ReaderLink href={`/articles/${slug}#comments`} className="font-medium text-accent underline">
          ← Back to the story
        </ReaderLink>
        {article.commentsOpen && (
          <ReaderLink href={`/articles/${slug}/respond`} className="font-medium underline">
            Add a comment
          </ReaderLink>
        )}
      </p>
    </main>
  );
}
