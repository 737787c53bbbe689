import { z } from 'zod';

const id = z.coerce.number().int().positive().max(2_147_483_647);

/** Only these fields are read from a comment form; anything else (userId, status, createdAt …) is ignored. */
export const commentFormSchema = z.object({
  articleId: id,
  parentId: z.preprocess((v) => (v === '' || v === null || v === undefined ? null : v), id.nullable()),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(120),
  body: z.string().max(200_000, 'Comments can be at most 5,000 characters.'),
});

export const commentIdSchema = id;

/** Reporting names the comment; the reason is optional and kept short. */
export const reportSchema = z.object({
  commentId: id,
  reason: z
    .string()
    .transform((v) => v.trim().slice(0, 500))
    .default(''),
});

export type CommentField = 'body';
