import type { ThreadNode } from '@/lib/dal/types';

/** The orders a reader can read a conversation in; replies always stay under their comment, oldest first. */
export const THREAD_ORDERS = [
  { value: 'oldest', label: 'Oldest' },
  { value: 'newest', label: 'Newest' },
  { value: 'recommended', label: 'Most recommended' },
] as const;
export type ThreadOrder = (typeof THREAD_ORDERS)[number]['value'];

export function parseThreadOrder(value: unknown): ThreadOrder {
  return value === 'newest' || value === 'recommended' ? value : 'oldest';
}

/** Orders ISO 8601 times (which sort as text) without a locale: far cheaper than localeCompare in a browser. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares two top-level comments in `order`: most recommended first (ties: the older first), or by
 * time. The live page (moving elements) and the page for readers without JavaScript (rendering them
 * in order) share it.
 */
export function compareForOrder(order: ThreadOrder, a: { createdAt: string; recommends: number }, b: { createdAt: string; recommends: number }): number {
  if (order === 'recommended') return b.recommends - a.recommends || compareIso(a.createdAt, b.createdAt);
  const byTime = compareIso(a.createdAt, b.createdAt);
  return order === 'newest' ? -byTime : byTime;
}

/** The conversation's top-level comments in `order`; each keeps its replies as they are. */
export function sortThread(nodes: ThreadNode[], order: ThreadOrder): ThreadNode[] {
  return [...nodes].sort((a, b) => compareForOrder(order, a, b));
}
