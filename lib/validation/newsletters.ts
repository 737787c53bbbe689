import { z } from 'zod';
import { email } from './account';
import { parseTimeOfDay } from '@/lib/newsletters/schedule';

export type SubscribeField = 'email' | 'lists';
export const subscribeSchema = z.object({
  email,
  lists: z.array(z.string().max(80)).max(50).min(1, 'Choose at least one newsletter.'),
});

export type NewsletterSettingsField = 'briefingTime' | 'picks';
export const newsletterSettingsSchema = z.object({
  briefingEnabled: z.boolean(),
  briefingTime: z
    .string()
    .trim()
    .refine((v) => parseTimeOfDay(v) !== null, 'Give a time of day such as 07:00 (24-hour clock).'),
  /** Story addresses or slugs, one per line, in the order they should lead. */
  picks: z
    .string()
    .max(4_000, 'That is too many picks.')
    .transform((v) =>
      v
        .split(/\n|,/)
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) =>
          line
            .replace(/^https?:\/\/[^/]+/, '')
            .replace(/^\/?articles\//, '')
            .replace(/[/?#].*$/, ''),
        ),
    )
    .pipe(
      z
        .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Each pick is a story’s address, such as /articles/peace-talks-resume.'))
        .max(5, 'Pick at most five stories.'),
    ),
});

export type BreakingEmailField = 'headline' | 'message' | 'story';
export const breakingEmailSchema = z.object({
  headline: z
    .string()
    .transform((v) => v.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'Write the headline: it is the email’s subject.').max(150, 'Keep the headline to 150 characters.')),
  message: z
    .string()
    .transform((v) => v.replace(/\r\n/g, '\n').trim())
    .pipe(z.string().min(1, 'Write a few lines on what happened.').max(2_000, 'Keep the message to 2,000 characters.')),
  /** Optional: the story the email points to, by address or slug. */
  story: z
    .string()
    .trim()
    .max(500, 'That address is too long.')
    .transform((v) =>
      v
        .replace(/^https?:\/\/[^/]+/, '')
        .replace(/^\/?articles\//, '')
        .replace(/[/?#].*$/, ''),
    )
    .refine((v) => v === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v), 'Give a story’s address, such as /articles/peace-talks-resume, or leave it empty.'),
});
