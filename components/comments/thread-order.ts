import { compareForOrder, type ThreadOrder } from '@/lib/comments/thread-sort';

export { THREAD_ORDERS, type ThreadOrder } from '@/lib/comments/thread-sort';

const created = (li: Element) => (li as HTMLElement).dataset.created ?? '';
const recommends = (li: Element) => Number((li as HTMLElement).dataset.recommends ?? 0);
const keyOf = (li: Element) => ({ createdAt: created(li), recommends: recommends(li) });

function compare(order: ThreadOrder) {
  return (a: Element, b: Element) => compareForOrder(order, keyOf(a), keyOf(b));
}

export function threadOrderOf(thread: HTMLElement): ThreadOrder {
  const order = thread.dataset.order;
  return order === 'newest' || order === 'recommended' ? order : 'oldest';
}

/** Puts the top-level comments of `thread` (an ol) in `order`, moving elements rather than redrawing them. */
export function orderThread(thread: HTMLElement, order: ThreadOrder) {
  thread.dataset.order = order;
  const items = [...thread.children].filter((c) => c.tagName === 'LI');
  const sorted = [...items].sort(compare(order));
  if (sorted.every((li, i) => li === items[i])) return;
  for (const li of sorted) thread.appendChild(li);
}

/** Where a new top-level comment goes in `thread`, given its order. */
export function placeTopLevel(thread: HTMLElement, li: HTMLElement) {
  const order = threadOrderOf(thread);
  const before = [...thread.children].find((c) => c.tagName === 'LI' && compare(order)(li, c) < 0);
  thread.insertBefore(li, before ?? null);
}
