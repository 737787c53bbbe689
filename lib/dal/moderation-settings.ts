import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db';
import { moderationSettings } from '@/db/schema';
import type { ModerationRules } from '@/lib/comments/pipeline';

type Executor = Pick<Database, 'select' | 'insert'>;

export const DEFAULT_RULES: ModerationRules = {
  premoderation: 'first',
  floodSeconds: 15,
  newUserLinkLimit: 1,
  trustedAfter: 3,
  bannedWords: [],
  heldWords: [],
};

export type ModerationSettings = ModerationRules & { closeAfterDays: number | null };

export async function readModerationSettings(db: Executor): Promise<ModerationSettings> {
  const [row] = await db.select().from(moderationSettings).where(eq(moderationSettings.id, 1)).limit(1);
  if (!row) return { ...DEFAULT_RULES, closeAfterDays: null };
  return {
    premoderation: row.premoderation,
    floodSeconds: row.floodSeconds,
    newUserLinkLimit: row.newUserLinkLimit,
    trustedAfter: row.trustedAfter,
    bannedWords: row.bannedWords,
    heldWords: row.heldWords,
    closeAfterDays: row.closeAfterDays,
  };
}
