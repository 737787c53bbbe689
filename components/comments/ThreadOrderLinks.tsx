import { ReaderLink } from '@/components/ui/ReaderLink';
import { THREAD_ORDERS, type ThreadOrder } from '@/lib/comments/thread-sort';

/**
 * The conversation's orders as links, for readers without JavaScript (with it, the thread's own
 * buttons reorder it in place): each leads to the conversation page in that order.
 */
export function ThreadOrderLinks({ slug, current }: { slug: string; current: ThreadOrder | null }) {
  return (
    <nav aria-label="Order comments" className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">Show</span>
      {THREAD_ORDERS.map((o) => (
        <ReaderLink
          key={o.value}
          href={`/articles/${slug}/comments?order=${o.value}`}
          aria-current={current === o.value ? 'page' : undefined}
          className="order-button no-underline"
        >
          {o.label}
        </ReaderLink>
      ))}
    </nav>
  );
}
