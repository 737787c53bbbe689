/**
 * What a data-layer read or write that can fail returns: the value, or a failure with a code for the
 * caller to act on and a message fit to show a person. One shape everywhere, checked with `.ok`.
 */
export type Failure<Code extends string = string> = { ok: false; code: Code; message: string };
export type Success<T> = { ok: true; value: T };
export type Result<T, Code extends string = string> = Success<T> | Failure<Code>;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });
export const fail = <Code extends string>(code: Code, message: string): Failure<Code> => ({ ok: false, code, message });

/** The failures every newsroom function may answer with. */
export type AdminCode = 'forbidden' | 'not-found' | 'conflict' | 'invalid';
export const FORBIDDEN = fail('forbidden', 'You are not allowed to do that.');
export const NOT_FOUND = fail('not-found', 'That item no longer exists.');
