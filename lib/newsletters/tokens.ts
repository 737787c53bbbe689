import { createHash, randomBytes } from 'node:crypto';

/** A secret for a link in an email: 32 random bytes, URL-safe. */
export const newLinkToken = (): string => randomBytes(32).toString('base64url');

/** What is stored of a secret that must not be readable from the database (confirmation links). */
export const hashLinkToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A token as it may arrive in a link: 43 URL-safe characters; anything else is not worth a query. */
export const isLinkToken = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
