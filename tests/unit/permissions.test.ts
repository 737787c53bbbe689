import { describe, expect, it } from 'vitest';
import { canEditArticle, canManageUsers, canModerate, canPublish, canTransition, canUseNewsroom, type Actor } from '@/lib/auth/permissions';

const actor = (role: Actor['role'], banned = false): Actor => ({ id: `u-${role}`, role, banned });

describe('newsroom permissions', () => {
  it('lets writers in, but not readers, banned staff or nobody', () => {
    expect(canUseNewsroom(null)).toBe(false);
    expect(canUseNewsroom(actor('reader'))).toBe(false);
    expect(canUseNewsroom(actor('writer'))).toBe(true);
    expect(canUseNewsroom(actor('editor', true))).toBe(false);
  });
  it('keeps publishing and moderation for editors and admins, users for admins', () => {
    for (const role of ['reader', 'writer'] as const) {
      expect(canPublish(actor(role))).toBe(false);
      expect(canModerate(actor(role))).toBe(false);
    }
    expect(canPublish(actor('editor'))).toBe(true);
    expect(canManageUsers(actor('editor'))).toBe(false);
    expect(canManageUsers(actor('admin'))).toBe(true);
  });
  it('lets writers edit only their own drafts and stories in review', () => {
    const w = actor('writer');
    expect(canEditArticle(w, { authorId: w.id, status: 'draft' })).toBe(true);
    expect(canEditArticle(w, { authorId: w.id, status: 'review' })).toBe(true);
    expect(canEditArticle(w, { authorId: w.id, status: 'published' })).toBe(false);
    expect(canEditArticle(w, { authorId: 'someone-else', status: 'draft' })).toBe(false);
    expect(canEditArticle(actor('editor'), { authorId: 'someone-else', status: 'published' })).toBe(true);
  });
  it('lets writers submit for review but never publish, schedule or archive', () => {
    const w = actor('writer');
    expect(canTransition(w, 'draft', 'review')).toBe(true);
    expect(canTransition(w, 'review', 'draft')).toBe(true);
    for (const to of ['published', 'scheduled', 'archived'] as const) expect(canTransition(w, 'review', to)).toBe(false);
    expect(canTransition(actor('editor'), 'review', 'published')).toBe(true);
    expect(canTransition(actor('reader'), 'draft', 'review')).toBe(false);
  });
});
