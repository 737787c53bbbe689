/** The orders a reader can read the conversation in; replies always stay under their comment, oldest first. */
export const THREAD_ORDERS = [
  { value: 'oldest', label: 'Oldest' },
  { value: 'newest', label: 'Newest' },
  { value: 'recommended', label: 'Most recommended' },
] as const;
export type ThreadOrder = (typeof THREAD_ORDERS)[number]['value'];

const created = (li: Element) => (li as HTMLElement).dataset.created ?? '';
const recommends = (li: Element) => Number((li as HTMLElement).dataset.recommends ?? 0);

function compare(order: ThreadOrder) {
  return (a: Element, b: Element) => {
    if (order === 'recommended') return recommends(b) - recommends(a) || created(a).localeCompare(created(b));
    const byTime = created(a).localeCompare(created(b));
    return order === 'newest' ? -byTime : byTime;
  };
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
