import { z } from 'zod';
import { charLength, hasInvalidCharacters } from './text';

export type LiveEntryField = 'title' | 'body';

const text = (label: string, max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((v) => v.trim())
    .refine((v) => charLength(v) <= max, `${label} can be at most ${max.toLocaleString('en-GB')} characters.`)
    .refine((v) => !hasInvalidCharacters(v), `${label} contains characters we can’t store.`);

const id = z.coerce.number().int().positive().max(2_147_483_647);

/** A live-blog entry as the newsroom writes it: an optional headline and Markdown text. */
export const liveEntrySchema = z.object({
  title: text('The entry’s headline', 200),
  body: text('The entry', 20_000).refine((v) => v.length > 0, 'Write the entry.'),
  pinned: z.preprocess((v) => v === 'on' || v === 'true' || v === '1', z.boolean()),
});

export const liveEntryIdSchema = id;
export const liveArticleIdSchema = id;
