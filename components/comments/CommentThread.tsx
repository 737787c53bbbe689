import type { ThreadNode } from '@/lib/dal/types';
import { featuredCommentsHtml, threadHtml } from '@/lib/content/thread-html';
import { siteTime } from '@/lib/time/site-time';
import { ThreadHtml } from './ThreadHtml';

const absoluteTime = (iso: string) => siteTime(iso, 'datetime');

/**
 * The published thread, oldest first at each level as the data layer builds it. Drawn as HTML (see
 * lib/content/thread-html.ts): React leaves it alone, the live stream keeps it current (ThreadHtml), and
 * LiveThread adds what depends on the reader.
 */
export function CommentThread({ nodes }: { nodes: ThreadNode[] }) {
  return <ThreadHtml html={threadHtml(nodes, { absoluteTime })} />;
}

/**
 * The comments moderators chose, quoted above the conversation as Coral's "Featured" tab does. Hidden
 * while there are none; the live stream shows it when a moderator picks one while the page is open.
 */
export function FeaturedComments({ nodes }: { nodes: ThreadNode[] }) {
  const picks = featuredCommentsHtml(nodes, { absoluteTime });
  const empty = !picks.includes('data-featured-comment=');
  return (
    <section aria-labelledby="featured-comments-heading" className="mt-6" data-live-featured-section hidden={empty}>
      <h3 id="featured-comments-heading" className="kicker">
        Featured comments
      </h3>
      <div dangerouslySetInnerHTML={{ __html: picks }} />
    </section>
  );
}
