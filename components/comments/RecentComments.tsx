import { ReaderLink } from '@/components/ui/ReaderLink';
import type { RecentComment, Section } from '@/lib/dal/types';
import { recentCommentHtml } from '@/lib/content/live-html';
import { siteTime } from '@/lib/time/site-time';

const absoluteTime = (iso: string) => siteTime(iso, 'datetime');

/**
 * The newest published comments across the site (the page reads them: app/(site)/reader-frame.tsx),
 * set lighter than the news beside it. On a section's pages and its stories it also leads to that
 * section's conversation. The list is HTML, which the live stream adds to while the page is open.
 */
export function RecentComments({ comments, section }: { comments: RecentComment[]; section?: Pick<Section, 'slug' | 'name'> }) {
  return (
    <section className="border-t rule pt-3 lg:sticky lg:top-4">
      <h2 id="recent-comments-heading" className="text-xs font-semibold tracking-widest text-muted uppercase">
        Recent Comments
      </h2>
      <p className="mt-3 text-sm text-muted" data-live-recent-empty hidden={comments.length > 0}>
        No comments yet. Start the conversation under any story.
      </p>
      <ol
        className="mt-1 divide-y divide-rule"
        data-testid="recent-comments"
        data-live-recent
        dangerouslySetInnerHTML={{ __html: comments.map((c) => recentCommentHtml(c, { absoluteTime })).join('') }}
      />
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
