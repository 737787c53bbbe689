import { z } from 'zod';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '@/lib/slug';
import { charLength, hasInvalidCharacters } from './text';

/** Labels above headlines; "Live" makes the story a live blog with timestamped entries (lib/dal/live-blog.ts). */
export const ARTICLE_KINDS = ['News', 'Analysis', 'Feature', 'Opinion', 'Explainer', 'Interview', 'Live'] as const;

const text = (label: string, max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((v) => v.trim())
    .refine((v) => charLength(v) <= max, `${label} can be at most ${max.toLocaleString('en-GB')} characters.`)
    .refine((v) => !hasInvalidCharacters(v), `${label} contains characters we can’t store.`);

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

export const articleFormSchema = z
  .object({
    id: z.preprocess((v) => (v === '' || v == null ? undefined : v), z.coerce.number().int().positive().optional()),
    version: z.preprocess((v) => (v === '' || v == null ? undefined : v), z.coerce.number().int().positive().optional()),
    title: text('The headline', 300).refine((v) => v.length > 0, 'Write a headline.'),
    standfirst: text('The standfirst', 600),
    slug: z
      .string()
      .max(MAX_SLUG_LENGTH * 2)
      .transform((v) => v.trim().toLowerCase())
      .refine((v) => v === '' || (v.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(v)), 'Use lower-case letters, digits and single hyphens.'),
    kind: z.enum(ARTICLE_KINDS, { error: 'Choose a label.' }),
    sectionId: z.coerce.number({ error: 'Choose a section.' }).int().positive('Choose a section.'),
    authorId: z.preprocess((v) => (v === '' || v == null ? undefined : v), z.string().max(64).optional()),
    body: text('The body', 100_000),
    tags: z
      .string()
      .max(2000)
      .transform((v) => [
        ...new Set(
          v
            .split(',')
            .map((t) => t.replace(/\s+/g, ' ').trim())
            .filter(Boolean),
        ),
      ])
      .refine((list) => list.length <= 12, 'Use at most 12 tags.')
      .refine((list) => list.every((t) => charLength(t) <= 40 && !hasInvalidCharacters(t)), 'Each tag can be at most 40 characters.'),
    heroImageId: z.preprocess(
      (v) => (v === '' || v == null ? undefined : v),
      z
        .string()
        .regex(/^[0-9a-f-]{36}$/)
        .optional(),
    ),
    heroAlt: text('The alt text', 300),
    heroCaption: text('The caption', 500),
    heroCredit: text('The credit', 200),
    featured: checkbox,
    commentsOpen: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.heroImageId && !v.heroAlt) ctx.addIssue({ code: 'custom', path: ['heroAlt'], message: 'Describe the image for readers who can’t see it.' });
  });

export type ArticleFormInput = z.infer<typeof articleFormSchema>;
export type ArticleField = keyof ArticleFormInput;

const rowId = z.coerce.number().int().positive().max(2_147_483_647);

/** A correction appended to a published story: what was wrong and what is right, as readers will read it. */
export const correctionSchema = z.object({
  articleId: rowId,
  text: text('The correction', 2000).refine((v) => v.length > 0, 'Write the correction as readers will see it.'),
});

/** Restoring a revision names the story, the revision and the version the editor was looking at. */
export const restoreSchema = z.object({ articleId: rowId, revisionId: rowId, version: rowId });

export const transitionSchema = z.object({
  id: z.coerce.number().int().positive(),
  to: z.enum(['draft', 'review', 'scheduled', 'published', 'archived']),
  publishAt: z.preprocess((v) => (v === '' || v == null ? undefined : v), z.coerce.date({ error: 'Choose a valid date and time.' }).optional()),
});
