import { ReaderLink } from '@/components/ui/ReaderLink';
import type { RecentComment } from '@/lib/dal/types';
import { TimeAgo } from '@/components/ui/TimeAgo';

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
                <ReaderLink href={`/articles/${c.articleSlug}#comment-${c.id}`} className="link-ink">
                  {c.articleTitle}
                </ReaderLink>
              </p>
              <p className="mt-1 leading-snug">“{c.excerpt}”</p>
              <p className="mt-1 text-xs text-muted">
                <TimeAgo iso={c.createdAt} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
