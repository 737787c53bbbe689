import Link from 'next/link';
import { getRecentComments } from '@/lib/dal/comments';
import { LocalTime } from '@/components/ui/LocalTime';

export async function RecentComments() {
  const comments = await getRecentComments(5);
  return (
    <section className="rule lg:sticky lg:top-4 border-t-2 border-ink pt-3 dark:border-night-ink">
      <h2 id="recent-comments-heading" className="headline text-lg font-bold">
        Recent Comments
      </h2>
      {comments.length === 0 ? (
        <p className="mt-3 text-sm text-muted dark:text-night-muted">No comments yet. Start the conversation under any story.</p>
      ) : (
        <ol className="mt-2 divide-y divide-rule dark:divide-night-rule" data-testid="recent-comments">
          {comments.map((c) => (
            <li key={c.id} className="py-3 text-sm">
              <p className="text-muted dark:text-night-muted">
                <span className="font-semibold text-ink dark:text-night-ink">{c.authorName}</span> on{' '}
                <Link href={`/articles/${c.articleSlug}#comment-${c.id}`} className="font-medium text-ink underline-offset-2 hover:underline dark:text-night-ink">
                  {c.articleTitle}
                </Link>
              </p>
              <p className="mt-1 leading-snug">“{c.excerpt}”</p>
              <p className="mt-1 text-xs text-muted dark:text-night-muted">
                <LocalTime iso={c.createdAt} format="relative" />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
