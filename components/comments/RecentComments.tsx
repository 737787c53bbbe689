import Link from 'next/link';
import type { RecentComment } from '@/lib/dal/types';
import { LocalTime } from '@/components/ui/LocalTime';

/** The newest published comments across the site (the page reads them: app/(site)/reader-frame.tsx). */
export function RecentComments({ comments }: { comments: RecentComment[] }) {
  return (
    <section className="border-t-2 border-ink rule pt-3 lg:sticky lg:top-4">
      <h2 id="recent-comments-heading" className="headline text-lg font-bold">
        Recent Comments
      </h2>
      {comments.length === 0 ? (
        <p className="mt-3 text-sm text-muted">No comments yet. Start the conversation under any story.</p>
      ) : (
        <ol className="mt-2 divide-y divide-rule" data-testid="recent-comments">
          {comments.map((c) => (
            <li key={c.id} className="py-3 text-sm">
              <p className="text-muted">
                <bdi className="font-semibold text-ink">{c.authorName}</bdi> on{' '}
                <Link href={`/articles/${c.articleSlug}#comment-${c.id}`} className="link-ink">
                  {c.articleTitle}
                </Link>
              </p>
              <p className="mt-1 leading-snug">“{c.excerpt}”</p>
              <p className="mt-1 text-xs text-muted">
                <LocalTime iso={c.createdAt} format="relative" />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
