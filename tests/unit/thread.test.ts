import { describe, expect, it } from 'vitest';
import { buildThread, countVisible, type ThreadRow } from '@/lib/content/thread';

let id = 0;
const row = (over: Partial<ThreadRow>): ThreadRow => ({
  id: ++id,
  parentId: null,
  authorId: 'u1',
  authorName: 'Reader',
  body: 'text',
  status: 'published',
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, id)).toISOString(),
  editedAt: null,
  recommends: 0,
  featured: false,
  ...over,
});

describe('buildThread', () => {
  it('nests replies under parents, oldest first', () => {
    const a = row({});
    const b = row({});
    const a1 = row({ parentId: a.id });
    const a1x = row({ parentId: a1.id });
    const tree = buildThread([a1x, b, a1, a]);
    expect(tree.map((n) => n.id)).toEqual([a.id, b.id]);
    expect(tree[0]!.replies[0]!.id).toBe(a1.id);
    expect(tree[0]!.replies[0]!.replies[0]!.id).toBe(a1x.id);
    expect(countVisible(tree)).toBe(4);
  });

  it('never shows pending comments, nor replies hanging below them', () => {
    const pending = row({ status: 'pending', body: 'secret' });
    const reply = row({ parentId: pending.id });
    expect(buildThread([pending, reply])).toEqual([]);
  });

  it('drops hidden or deleted comments without replies', () => {
    expect(buildThread([row({ status: 'hidden' }), row({ status: 'deleted' })])).toEqual([]);
  });

  it('keeps a bodiless placeholder for a hidden or deleted parent with visible replies', () => {
    const hidden = row({ status: 'hidden', body: 'abusive text', authorName: 'Troll' });
    const reply = row({ parentId: hidden.id });
    const [node] = buildThread([hidden, reply]);
    expect(node).toMatchObject({ state: 'removed', body: null, authorName: '', authorId: null });
    expect(node!.replies).toHaveLength(1);
    const deleted = row({ status: 'deleted', body: 'gone' });
    const [d] = buildThread([deleted, row({ parentId: deleted.id })]);
    expect(d).toMatchObject({ state: 'deleted', body: null });
    expect(countVisible([node!, d!])).toBe(2);
  });
});
