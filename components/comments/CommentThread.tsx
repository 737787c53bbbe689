import type { ThreadNode } from '@/lib/dal/types';
import { threadHtml } from '@/lib/content/thread-html';
import { siteTime } from '@/lib/time/site-time';

/**
 * The published thread, newest conversation first as the data layer orders it. Drawn as HTML (see
 * lib/content/thread-html.ts): React leaves it alone, and LiveThread adds what depends on the reader.
 */
export function CommentThread({ nodes }: { nodes: ThreadNode[] }) {
  if (nodes.length === 0) return null;
  return <div dangerouslySetInnerHTML={{ __html: threadHtml(nodes, { absoluteTime: (iso) => siteTime(iso, 'datetime') }) }} />;
}
