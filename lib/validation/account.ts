import { z } from 'zod';
import { passwordProblem, MAX_PASSWORD } from '@/lib/auth/password-policy';
import { charLength, hasInvalidCharacters, normaliseEmail } from './text';
import { displayNameProblem } from '@/lib/text/display-name';

export const displayName = z
  .string({ error: 'Enter a display name.' })
  .transform((v) => v.replace(/\s+/g, ' ').trim())
  .refine((v) => v.length > 0, 'Enter a display name.')
  .refine((v) => charLength(v) <= 80, 'Keep your display name under 80 characters.')
  .refine((v) => !hasInvalidCharacters(v) && !/[\u0000-\u001f\u007f]/.test(v), 'Your display name contains characters we can’t store.')
  .superRefine((v, ctx) => {
    const problem = displayNameProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const email = z
  .string({ error: 'Enter your email address.' })
  .transform(normaliseEmail)
  .pipe(z.email('Enter a valid email address.').max(254, 'That email address is too long.'));

const passwordField = z.string({ error: 'Enter a password.' }).max(MAX_PASSWORD * 4, 'That password is too long.');

export const signUpSchema = z.object({ name: displayName, email, password: passwordField }).superRefine((v, ctx) => {
  const problem = passwordProblem(v.password, { email: v.email, name: v.name });
  if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
});

export const signInSchema = z.object({
  email,
  password: z
    .string()
    .min(1, 'Enter your password.')
    .max(MAX_PASSWORD * 4, 'Email or password is incorrect.'),
});

/** Deleting an account asks for the word DELETE and the password. */
export const deleteAccountSchema = z.object({
  confirm: z.string({ error: 'Type DELETE to confirm.' }).refine((v) => v.trim().toUpperCase() === 'DELETE', 'Type DELETE to confirm.'),
  password: z.string().max(1024).default(''),
});

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, 'Enter your current password.'), newPassword: passwordField })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.newPassword);
    if (problem) ctx.addIssue({ code: 'custom', path: ['newPassword'], message: problem });
  });

/** Only same-site paths: never an absolute URL, a protocol-relative URL or a backslash trick. */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > 500) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || /[\u0000-\u001f]/.test(value)) return fallback;
  try {
    const url = new URL(value, 'http://same.site');
    // Dot segments can turn a same-site path into a protocol-relative one: "/.//evil.example" -> "//evil.example".
    if (url.origin !== 'http://same.site' || url.pathname.startsWith('//')) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
