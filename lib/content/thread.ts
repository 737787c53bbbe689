import type { ThreadComment, ThreadNode } from '../dal/types';
import { compareIso } from '../comments/thread-sort';

export type ThreadRow = Omit<ThreadComment, 'state' | 'body'> & {
  body: string;
  status: 'pending' | 'published' | 'hidden' | 'deleted';
};

/**
 * Builds the public thread: published comments, oldest first within each level. A hidden or deleted
 * comment stays only as a bodiless placeholder, and only when a published reply hangs below it.
 * Pending comments never appear.
 */
export function buildThread(rows: ThreadRow[]): ThreadNode[] {
  const nodes = new Map<number, ThreadNode>();
  const children = new Map<number | null, ThreadNode[]>();
  const sorted = [...rows].sort((a, b) => compareIso(a.createdAt, b.createdAt) || a.id - b.id);
  for (const row of sorted) {
    if (row.status === 'pending') continue;
    const visible = row.status === 'published';
    const node: ThreadNode = {
      id: row.id,
      parentId: row.parentId,
      authorId: visible ? row.authorId : null,
      authorName: visible ? row.authorName : '',
      body: visible ? row.body : null,
      state: visible ? 'published' : row.status === 'hidden' ? 'removed' : 'deleted',
      createdAt: row.createdAt,
      editedAt: visible ? row.editedAt : null,
      recommends: visible ? row.recommends : 0,
      featured: visible && row.featured,
      replies: [],
    };
    nodes.set(row.id, node);
  }
  for (const node of nodes.values()) {
    // A reply whose parent is not shown (pending) is not shown either.
    if (node.parentId !== null && !nodes.has(node.parentId)) continue;
    const key = node.parentId;
    if (!children.has(key)) children.set(key, []);
    children.get(key)!.push(node);
  }
  const attach = (node: ThreadNode): ThreadNode | null => {
    node.replies = (children.get(node.id) ?? []).map(attach).filter((n): n is ThreadNode => n !== null);
    if (node.state !== 'published' && node.replies.length === 0) return null;
    return node;
  };
  return (children.get(null) ?? []).map(attach).filter((n): n is ThreadNode => n !== null);
}

export function countVisible(nodes: ThreadNode[]): number {
  return nodes.reduce((n, node) => n + (node.state === 'published' ? 1 : 0) + countVisible(node.replies), 0);
}
