/**
 * Who may do what in the newsroom, as small named rules. Every admin DAL function checks these against
 * the role it has just re-read from the database.
 */
import type { ArticleStatus, Role } from '@/lib/domain';
import { hasRole } from './roles';

export type Actor = { id: string; role: Role; banned: boolean };

const active = (actor: Actor | null): actor is Actor => Boolean(actor && !actor.banned);

export const canUseNewsroom = (actor: Actor | null) => active(actor) && hasRole(actor.role, 'writer');
export const canPublish = (actor: Actor | null) => active(actor) && hasRole(actor.role, 'editor');
export const canModerate = (actor: Actor | null) => active(actor) && hasRole(actor.role, 'editor');
export const canManageUsers = (actor: Actor | null) => active(actor) && hasRole(actor.role, 'admin');

/**
 * The actor, when active and holding at least `role`; otherwise null. Data-layer functions start with
 * `const staff = authorize(actor, 'editor'); if (!staff) return FORBIDDEN;` and use `staff` from there.
 */
export function authorize<A extends Actor>(actor: A | null, role: Role): A | null {
  return active(actor) && hasRole(actor.role, role) ? actor : null;
}

/** Writers edit their own drafts and stories in review; editors and admins edit everything. */
export function canEditArticle(actor: Actor | null, article: { authorId: string | null; status: ArticleStatus }): boolean {
  const staff = authorize(actor, 'writer');
  if (!staff) return false;
  if (canPublish(staff)) return true;
  return article.authorId === staff.id && (article.status === 'draft' || article.status === 'review');
}

/** The workflow: which status changes a role may make. */
export function canTransition(actor: Actor | null, from: ArticleStatus, to: ArticleStatus): boolean {
  if (!canUseNewsroom(actor) || from === to) return false;
  if (canPublish(actor)) return true;
  // Writers: submit a draft for review, or take it back.
  return (from === 'draft' && to === 'review') || (from === 'review' && to === 'draft');
}
