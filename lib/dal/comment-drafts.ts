import 'server-only';
import { createHmac, randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { commentDrafts } from '@/db/schema';
import { resolveAuthSecret } from '@/lib/auth/secret';

export type Draft = { articleId: number; parentId: number | null; body: string };

/**
 * Drafts of signed-out readers without JavaScript, kept while they sign in. Anyone can make one, so
 * they are bounded: an hour each, a few per address (the oldest gives way), a fixed number in all.
 */
export const DRAFT_LIMITS = { lifetimeMs: 60 * 60_000, perAddress: 3, total: 2_000, maxChars: 20_000 } as const;

/** Addresses are not stored, only a keyed hash that groups one address's drafts. */
const addressKey = (address: string) => createHmac('sha256', resolveAuthSecret()).update(`draft|${address}`).digest('base64url').slice(0, 22);

export async function saveDraft(draft: Draft, address: string): Promise<string> {
  const db = await getDb();
  const token = randomUUID();
  const key = addressKey(address);
  await db.transaction(async (tx) => {
    // One writer at a time keeps the counts true under a flood.
    await tx.execute(sql`select pg_advisory_xact_lock(7411003)`);
    await tx.delete(commentDrafts).where(lt(commentDrafts.createdAt, new Date(Date.now() - DRAFT_LIMITS.lifetimeMs)));
    const mine = await tx
      .select({ token: commentDrafts.token })
      .from(commentDrafts)
      .where(eq(commentDrafts.addressKey, key))
      .orderBy(asc(commentDrafts.createdAt));
    const overMine = mine.length - (DRAFT_LIMITS.perAddress - 1);
    if (overMine > 0)
      await tx.delete(commentDrafts).where(
        inArray(
          commentDrafts.token,
          mine.slice(0, overMine).map((d) => d.token),
        ),
      );
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(commentDrafts);
    const overAll = n - (DRAFT_LIMITS.total - 1);
    if (overAll > 0) {
      const oldest = tx.select({ token: commentDrafts.token }).from(commentDrafts).orderBy(asc(commentDrafts.createdAt)).limit(overAll);
      await tx.delete(commentDrafts).where(inArray(commentDrafts.token, oldest));
    }
    await tx
      .insert(commentDrafts)
      .values({ token, articleId: draft.articleId, parentId: draft.parentId, body: draft.body.slice(0, DRAFT_LIMITS.maxChars), addressKey: key });
  });
  return token;
}

export async function readDraft(token: string | undefined, articleId: number): Promise<Draft | null> {
  if (!token || !/^[0-9a-f-]{36}$/.test(token)) return null;
  const db = await getDb();
  const [row] = await db
    .select()
    .from(commentDrafts)
    .where(and(eq(commentDrafts.token, token), eq(commentDrafts.articleId, articleId)))
    .limit(1);
  return row ? { articleId: row.articleId, parentId: row.parentId, body: row.body } : null;
}

export async function discardDraft(token: string | undefined): Promise<void> {
  if (!token || !/^[0-9a-f-]{36}$/.test(token)) return;
  const db = await getDb();
  await db.delete(commentDrafts).where(eq(commentDrafts.token, token));
}
