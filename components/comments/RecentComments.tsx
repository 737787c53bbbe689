import { ReaderLink } from '@/components/ui/ReaderLink';
import type { RecentComment, Section } from '@/lib/dal/types';
import { TimeAgo } from '@/components/ui/TimeAgo';

/**
 * The newest published comments across the site (the page reads them: app/(site)/reader-frame.tsx),
 * set lighter than the news beside it. On a section's pages and its stories it also leads to that
 * section's conversation.
 */
export function RecentComments({ comments, section }: { comments: RecentComment[]; section?: Pick<Section, 'slug' | 'name'> }) {
  return (
    <section className="border-t rule pt-3 lg:sticky lg:top-4">
      <h2 id="recent-comments-heading" className="text-xs font-semibold tracking-widest text-muted uppercase">
        Recent Comments
      </h2>
      {comments.length === 0 ? (
        <p className="mt-3 text-sm text-muted">No comments yet. Start the conversation under any story.</p>
      ) : (
        <ol className="mt-1 divide-y divide-rule" data-testid="recent-comments">
          {comments.map((c) => (
            <li key={c.id} className="py-3 text-sm leading-snug">
              <p className="text-muted">
                <bdi className="font-medium text-ink">{c.authorName}</bdi> on{' '}
                <ReaderLink href={`/articles/${c.articleSlug}#comment-${c.id}`} className="text-ink underline-offset-2 hover:underline">
                  {c.articleTitle}
                </ReaderLink>
              </p>
              <p className="mt-1 font-serif text-muted">“{c.excerpt}”</p>
              <p className="mt-1 text-xs text-muted">
                <TimeAgo iso={c.createdAt} />
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 border-t rule pt-3 text-sm">
        {section && (
          <ReaderLink href={`/comments/${section.slug}`} className="more-link">
            Comments in {section.name}
          </ReaderLink>
        )}
        <ReaderLink href="/comments" className="more-link">
          All recent comments
        </ReaderLink>
      </p>
    </section>
  );
}
