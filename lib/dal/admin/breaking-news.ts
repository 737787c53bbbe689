import 'server-only';
import { desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db';
import { breakingNews, users } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/permissions';
import type { BannerUrgency } from '@/lib/domain';
import { audit } from './audit';
import { fail, FORBIDDEN, ok, type AdminCode, type Result } from '../result';

export type BannerRecord = {
  id: number;
  text: string;
  link: string | null;
  urgency: BannerUrgency;
  setBy: string | null;
  setAt: string;
  clearedBy: string | null;
  clearedAt: string | null;
};

/**
 * Puts up a breaking-news banner on every reader page, replacing the one up now (at most one is up;
 * the database holds to that too). Editors and admins; audited.
 */
export async function setBanner(
  actor: Actor | null,
  input: { text: string; link: string | null; urgency: BannerUrgency },
): Promise<Result<{ id: number }, AdminCode>> {
  const editor = authorize(actor, 'editor');
  if (!editor) return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const now = new Date();
    // Two editors at once: the second waits here for the first, then replaces its banner.
    const current = await tx.select({ id: breakingNews.id }).from(breakingNews).where(isNull(breakingNews.clearedAt)).for('update');
    if (current.length > 0) await tx.update(breakingNews).set({ clearedAt: now, clearedBy: editor.id }).where(isNull(breakingNews.clearedAt));
    const [row] = await tx
      .insert(breakingNews)
      .values({ text: input.text, link: input.link, urgency: input.urgency, setBy: editor.id, setAt: now })
      .returning({ id: breakingNews.id });
    await audit(tx, editor.id, 'banner.set', { type: 'banner', id: row!.id }, { text: input.text, link: input.link, urgency: input.urgency });
    return ok({ id: row!.id });
  });
}

/** Takes the banner down. */
export async function clearBanner(actor: Actor | null): Promise<Result<{ cleared: boolean }, AdminCode>> {
  const editor = authorize(actor, 'editor');
  if (!editor) return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const cleared = await tx
      .update(breakingNews)
      .set({ clearedAt: new Date(), clearedBy: editor.id })
      .where(isNull(breakingNews.clearedAt))
      .returning({ id: breakingNews.id, text: breakingNews.text });
    if (cleared.length === 0) return fail('not-found', 'There is no banner up.');
    await audit(tx, editor.id, 'banner.clear', { type: 'banner', id: cleared[0]!.id }, { text: cleared[0]!.text });
    return ok({ cleared: true });
  });
}

/** The banner up now and the last ones, newest first, with who set and cleared them. */
export async function bannerHistory(actor: Actor | null, limit = 20): Promise<Result<BannerRecord[], AdminCode>> {
  if (!authorize(actor, 'editor')) return FORBIDDEN;
  const db = await getDb();
  const setter = alias(users, 'setter');
  const clearer = alias(users, 'clearer');
  const rows = await db
    .select({
      id: breakingNews.id,
      text: breakingNews.text,
      link: breakingNews.link,
      urgency: breakingNews.urgency,
      setBy: setter.name,
      setAt: breakingNews.setAt,
      clearedBy: clearer.name,
      clearedAt: breakingNews.clearedAt,
    })
    .from(breakingNews)
    .leftJoin(setter, eq(breakingNews.setBy, setter.id))
    .leftJoin(clearer, eq(breakingNews.clearedBy, clearer.id))
    .orderBy(desc(breakingNews.setAt), desc(breakingNews.id))
    .limit(limit);
  return ok(rows.map((r) => ({ ...r, setAt: r.setAt.toISOString(), clearedAt: r.clearedAt?.toISOString() ?? null })));
}
