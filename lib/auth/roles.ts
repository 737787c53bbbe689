import type { Role } from '@/lib/domain';

const RANK: Record<Role, number> = { reader: 0, writer: 1, editor: 2, admin: 3 };

export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast];
}

export const isStaff = (role: Role) => hasRole(role, 'writer');
export const canModerate = (role: Role) => hasRole(role, 'editor');

export const isRole = (value: unknown): value is Role => typeof value === 'string' && Object.hasOwn(RANK, value);
