import { z } from 'zod';
import { PREMODERATION_MODES, ROLES } from '@/lib/domain';

/** Forms of the comment moderation pages and user management. */

export const MODERATION_DECISIONS = ['approve', 'hide', 'delete'] as const;
const rowId = z.coerce.number().int().positive().max(2_147_483_647);
const userId = z.string().min(1).max(64);

/**
 * A row button sends "decision:id"; the bulk buttons send a decision and the selected comments.
 * Either way: one decision and the ids it applies to.
 */
export const moderationSchema = z
  .object({ single: z.string().max(40).optional(), decision: z.string().max(20).optional(), commentIds: z.array(z.string().max(12)).max(500) })
  .transform((v, ctx) => {
    const single = /^(approve|hide|delete):(\d{1,10})$/.exec(v.single ?? '');
    const decision = z.enum(MODERATION_DECISIONS).safeParse(single ? single[1] : v.decision);
    if (!decision.success) {
      ctx.addIssue({ code: 'custom', message: 'Choose approve, hide or delete.' });
      return z.NEVER;
    }
    const ids = (single ? [single[2]!] : v.commentIds).map((id) => rowId.safeParse(id)).flatMap((r) => (r.success ? [r.data] : []));
    return { decision: decision.data, ids };
  });

export const banSchema = z.object({ userId, banned: z.enum(['0', '1']).transform((v) => v === '1'), reason: z.string().max(300).default('') });

export const roleChangeSchema = z.object({ userId, role: z.enum(ROLES, { error: 'Choose a role.' }) });

const wordList = z
  .string()
  .max(20_000)
  .transform((v) =>
    [
      ...new Set(
        v
          .split(/[\n,]/)
          .map((w) => w.trim().toLowerCase())
          .filter(Boolean),
      ),
    ].slice(0, 500),
  );

export const settingsSchema = z.object({
  premoderation: z.enum(PREMODERATION_MODES),
  floodSeconds: z.coerce.number({ error: 'Enter a number of seconds.' }).int().min(0, 'Use 0 or more seconds.').max(3600, 'Use at most 3,600 seconds.'),
  newUserLinkLimit: z.coerce.number().int().min(0).max(50),
  trustedAfter: z.coerce.number().int().min(0).max(1000),
  bannedWords: wordList,
  heldWords: wordList,
  closeAfterDays: z.preprocess(
    (v) => (v === '' || v == null ? null : v),
    z.coerce.number().int().min(1, 'Use 1 day or more, or leave empty.').max(3650).nullable(),
  ),
});

export type SettingsField = keyof z.infer<typeof settingsSchema>;
