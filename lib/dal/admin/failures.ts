export type AdminFailure = { ok: false; code: 'forbidden' | 'not-found' | 'conflict' | 'invalid'; message: string };

export const FORBIDDEN: AdminFailure = { ok: false, code: 'forbidden', message: 'You are not allowed to do that.' };
export const NOT_FOUND: AdminFailure = { ok: false, code: 'not-found', message: 'That item no longer exists.' };
