import { describe, expect, it } from 'vitest';
import { parseThreadOrder, sortThread } from '@/lib/comments/thread-sort';
import type { ThreadNode } from '@/lib/dal/types';

const node = (id: number, createdAt: string, recommends: number, replies: ThreadNode[] = []): ThreadNode => ({
  id,
  parentId: null,
  authorId: null,
  authorName: `Reader ${id}`,
  body: `Comment ${id}`,
  state: 'published',
  createdAt,
  editedAt: null,
  recommends,
  featured: false,
  replies,
});

describe('ordering a conversation without JavaScript', () => {
  const reply = node(9, '2026-12-03T09:00:00Z', 50);
  const thread = [node(1, '2026-12-03T08:00:00Z', 2, [reply]), node(2, '2026-12-03T08:30:00Z', 7), node(3, '2026-12-03T08:45:00Z', 2)];

  it('puts top-level comments oldest, newest or most recommended first, replies staying under theirs', () => {
    expect(sortThread(thread, 'oldest').map((n) => n.id)).toEqual([1, 2, 3]);
    expect(sortThread(thread, 'newest').map((n) => n.id)).toEqual([3, 2, 1]);
    // Ties in recommendations: the older first. A reply's recommendations do not lift its parent.
    expect(sortThread(thread, 'recommended').map((n) => n.id)).toEqual([2, 1, 3]);
    expect(sortThread(thread, 'newest').find((n) => n.id === 1)!.replies).toEqual([reply]);
    expect(thread.map((n) => n.id)).toEqual([1, 2, 3]);
  });

  it('reads any other order as oldest first', () => {
    for (const bad of [undefined, '', 'NEWEST', ['newest'], 'random', 42]) expect(parseThreadOrder(bad)).toBe('oldest');
    expect(parseThreadOrder('recommended')).toBe('recommended');
  });
});
